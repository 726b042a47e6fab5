//! The sample corpus bundled in the binary (`assets/corpus`).

include!(concat!(env!("OUT_DIR"), "/sample_corpus.rs"));

/// Write the sample corpus into `<data_dir>/sample-corpus` (refreshing files whose
/// contents changed) and return that folder.
pub fn materialize(data_dir: &std::path::Path) -> std::io::Result<std::path::PathBuf> {
    let dir = data_dir.join("sample-corpus");
    std::fs::create_dir_all(&dir)?;
    for (name, bytes) in SAMPLE_CORPUS {
        let p = dir.join(name);
        if std::fs::read(&p).ok().as_deref() != Some(*bytes) {
            crate::index::write_atomic(&p, bytes)?;
        }
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    #[test]
    fn bundled_corpus_is_complete() {
        let n = super::SAMPLE_CORPUS
            .iter()
            .filter(|(n, _)| n.starts_with("dip-") || n.starts_with("day-"))
            .count();
        assert!(n >= 40, "{n}");
    }
}
