// Embeds the sample corpus (assets/corpus) in the binary: `saywho` with no corpus
// argument writes it to the data directory and opens it.
use std::io::Write;

fn main() {
    let dir = std::path::Path::new("assets/corpus");
    println!("cargo:rerun-if-changed=assets/corpus");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("sample_corpus.rs");
    let mut f = std::fs::File::create(out).unwrap();
    writeln!(f, "/// (file name, contents) of the bundled sample corpus.").unwrap();
    writeln!(f, "pub static SAMPLE_CORPUS: &[(&str, &[u8])] = &[").unwrap();
    for n in names {
        let abs = std::fs::canonicalize(dir.join(&n)).unwrap();
        println!("cargo:rerun-if-changed={}", abs.display());
        writeln!(
            f,
            "    ({n:?}, include_bytes!({:?})),",
            abs.display().to_string()
        )
        .unwrap();
    }
    writeln!(f, "];").unwrap();
}
