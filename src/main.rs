//! The `saywho` command line: a thin layer over the library.

use clap::{Parser, Subcommand, ValueEnum};

// Annotation allocates many small strings; mimalloc is markedly faster at that than
// the system allocator (see examples/annotate_bench.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use rayon::prelude::*;
use saywho::{annotate, brat, config, eval, ingest, output};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Read a corpus of news articles annotated with who said what: quotes (direct,
/// partial, reported), their speakers, and the people, organisations and places named.
#[derive(Parser)]
#[command(name = "saywho", version, about, long_about = None)]
struct Cli {
    /// Config file (overridden by $SAYWHO_CONFIG; default: the platform config dir,
    /// $XDG_CONFIG_HOME/saywho/config.toml on Unix).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutFormat {
    /// JSON Lines (the `--json` contract).
    Json,
    /// brat standoff `.txt` + `.ann` pairs, written into OUT_DIR.
    Brat,
}

#[derive(Subcommand)]
enum Cmd {
    /// Annotate article files and print quotes, speakers and actors.
    ///
    /// PATH may be a file or a folder (walked recursively, skipping hidden and
    /// git-ignored files). Reads .txt, .md, .html/.htm, .json (an object or an array),
    /// .jsonl/.ndjson (one article per line). A .txt with a sibling .ann (brat standoff)
    /// and saywho's own JSON are taken as pre-annotated. Problems with a file are printed
    /// on stderr and the other files go on; the exit status is 0 when at least one
    /// article was read.
    Annotate {
        /// Print one JSON object per article (JSON Lines), as documented in the README.
        #[arg(long)]
        json: bool,
        /// Indent the JSON (implies --json).
        #[arg(long)]
        pretty: bool,
        /// Output format other than the readable summary; `brat` needs OUT_DIR.
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<OutFormat>,
        /// Files and folders to annotate; with `--format brat`, the first is OUT_DIR.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Score the annotator against gold annotations (see tests/gold/README.md).
    ///
    /// Prints quote precision, recall and F1, speaker accuracy on matched quotes and
    /// actor recall, per article and in total.
    Eval {
        /// Folder of gold .json files.
        #[arg(value_name = "GOLD_DIR")]
        gold: PathBuf,
        /// Also list every miss.
        #[arg(long, short)]
        verbose: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (cfg, cfg_msg) = config::load(cli.config.as_deref());
    if let Some(m) = cfg_msg {
        eprintln!("saywho: {m}");
    }
    brat::set_labels(cfg.brat.clone());
    let opts = ingest::IngestOptions {
        max_file_bytes: cfg.ingest.max_file_bytes,
        json_fields: cfg.json.clone(),
    };
    match cli.command {
        None => {
            eprintln!(
                "saywho: the terminal interface is not built yet; try `saywho annotate assets/corpus` or `saywho --help`"
            );
            ExitCode::from(2)
        }
        Some(Cmd::Annotate {
            json,
            pretty,
            format,
            mut paths,
        }) => {
            let out_dir = match format {
                Some(OutFormat::Brat) => {
                    if paths.len() < 2 {
                        eprintln!("saywho: --format brat needs OUT_DIR and at least one PATH");
                        return ExitCode::from(2);
                    }
                    Some(paths.remove(0))
                }
                _ => None,
            };
            let json = json || pretty || matches!(format, Some(OutFormat::Json));
            run_annotate(&paths, &opts, json, pretty, out_dir)
        }
        Some(Cmd::Eval { gold, verbose }) => match eval::run(&gold) {
            Ok((per, total)) => {
                print!("{}", eval::table(&per, &total, verbose));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("saywho: {e}");
                ExitCode::from(2)
            }
        },
    }
}

fn run_annotate(
    paths: &[PathBuf],
    opts: &ingest::IngestOptions,
    json: bool,
    pretty: bool,
    out_dir: Option<PathBuf>,
) -> ExitCode {
    let (files, problems) = ingest::walk(paths);
    for p in &problems {
        eprintln!("saywho: {}", output::printable(p));
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut articles = 0usize;
    // annotate in parallel, print in input order, a chunk at a time to bound memory
    for chunk in files.chunks(64) {
        let results: Vec<_> = chunk
            .par_iter()
            .map(|f| {
                let r = ingest::read_file(f, opts);
                let anns: Vec<_> = r.articles.iter().map(annotate::annotate).collect();
                (f, r.problems, anns)
            })
            .collect();
        for (f, probs, anns) in results {
            for p in probs {
                eprintln!("saywho: {}", output::printable(&p));
            }
            for (i, a) in anns.iter().enumerate() {
                articles += 1;
                let res = if let Some(dir) = &out_dir {
                    let stem = f.file_stem().unwrap_or_default().to_string_lossy();
                    let stem = if anns.len() > 1 {
                        format!("{stem}.{i}")
                    } else {
                        stem.to_string()
                    };
                    match brat::write_pair(dir, a, &stem) {
                        Ok(p) => writeln!(out, "{}", p.display()),
                        Err(e) => {
                            eprintln!("saywho: {}: cannot write brat files: {e}", dir.display());
                            return ExitCode::from(1);
                        }
                    }
                } else if json {
                    writeln!(out, "{}", output::to_json(a, pretty))
                } else {
                    writeln!(out, "{}", output::summary(a))
                };
                if res.is_err() {
                    // stdout closed (e.g. piped into `head`): stop quietly
                    return ExitCode::SUCCESS;
                }
            }
        }
    }
    let _ = out.flush();
    if articles == 0 {
        eprintln!("saywho: no article could be read");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
