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
#[command(name = "saywho", version, about, long_about = None, args_conflicts_with_subcommands = true)]
struct Cli {
    /// Corpus folders or files to open in the terminal interface (default: the bundled
    /// sample corpus). They are indexed, or brought up to date, in the background.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Config file (overridden by $SAYWHO_CONFIG; default: the platform config dir,
    /// $XDG_CONFIG_HOME/saywho/config.toml on Unix).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Where indexes live (overrides $SAYWHO_DATA_DIR; default: the platform data dir).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
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
    /// Index a corpus (or bring its index up to date): only new and changed files are
    /// annotated, deleted ones are removed. Ends with a summary.
    Index {
        /// Files and folders of the corpus.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// No progress output.
        #[arg(long, short)]
        quiet: bool,
        /// Print the summary as JSON on stdout.
        #[arg(long)]
        json: bool,
        /// Commit (a checkpoint a killed run restarts from) after this many articles.
        #[arg(long, value_name = "N", default_value_t = 50_000)]
        commit_every: usize,
    },
    /// Search articles and quotes (see README, "Query language").
    Search {
        /// The query, e.g. `speaker:Varga border -drones after:2025-03-01`.
        #[arg(value_name = "QUERY", num_args = 0..)]
        query: Vec<String>,
        /// Corpus folder or file (repeatable; default: the bundled sample corpus).
        #[arg(long, value_name = "PATH")]
        corpus: Vec<PathBuf>,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// relevance, newest, oldest or quotes.
        #[arg(long, default_value = "relevance")]
        sort: String,
        #[arg(long)]
        json: bool,
    },
    /// Quotes in corpus order (date, article, position), by a speaker and/or matching a query.
    Quotes {
        #[arg(value_name = "QUERY", num_args = 0..)]
        query: Vec<String>,
        /// Only this speaker's quotes (a name or alias, accents and case ignored).
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        #[arg(long, value_name = "PATH")]
        corpus: Vec<PathBuf>,
        #[arg(long, default_value_t = 100)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Actors with their mention, article and quote counts.
    Actors {
        #[arg(value_name = "QUERY", num_args = 0..)]
        query: Vec<String>,
        /// person, organization, place or other.
        #[arg(long)]
        kind: Option<String>,
        #[arg(long, value_name = "PATH")]
        corpus: Vec<PathBuf>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        json: bool,
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
            let tui = saywho::tui::TuiOptions {
                export_path: cfg.tui.export_path.clone(),
                mouse: cfg.tui.mouse,
                keys: cfg.tui.keys.clone(),
                palette: cfg.tui.palette.clone(),
                match_color: cfg.tui.match_color.clone(),
            };
            // no PATH: the configured default corpus, else the bundled sample
            let paths: Vec<std::path::PathBuf> = if cli.paths.is_empty() {
                cfg.tui
                    .corpus
                    .iter()
                    .map(|p| saywho::export::expand_path(p, "DATE"))
                    .collect()
            } else {
                cli.paths.clone()
            };
            match saywho::tui::run(&paths, cli.data_dir.as_deref(), build_options(&opts), tui) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(e),
            }
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
        Some(Cmd::Index {
            paths,
            quiet,
            json,
            commit_every,
        }) => {
            let mut build = build_options(&opts);
            build.commit_every = commit_every.max(1);
            match saywho::cli::open_corpus(&paths, cli.data_dir.as_deref(), &build, true, quiet) {
                Ok((c, Some(s))) => {
                    if json {
                        println!("{}", serde_json::to_string(&s).unwrap_or_default());
                    }
                    if !quiet || !s.failed.is_empty() {
                        saywho::cli::print_summary(&s, &c.index);
                    }
                    ExitCode::SUCCESS
                }
                Ok((_, None)) => ExitCode::SUCCESS,
                Err(e) => fail(e),
            }
        }
        Some(Cmd::Search {
            query,
            corpus,
            limit,
            sort,
            json,
        }) => {
            let sort = match sort.as_str() {
                "relevance" => saywho::index::search::SortBy::Relevance,
                "newest" => saywho::index::search::SortBy::Newest,
                "oldest" => saywho::index::search::SortBy::Oldest,
                "quotes" | "most-quotes" => saywho::index::search::SortBy::MostQuotes,
                other => {
                    eprintln!("saywho: unknown sort {other:?} (relevance, newest, oldest, quotes)");
                    return ExitCode::from(2);
                }
            };
            with_corpus(&corpus, cli.data_dir.as_deref(), &opts, |c| {
                saywho::cli::search(c, &format!("{} ", query.join(" ")), limit, sort, json)
            })
        }
        Some(Cmd::Quotes {
            query,
            speaker,
            corpus,
            limit,
            json,
        }) => with_corpus(&corpus, cli.data_dir.as_deref(), &opts, |c| {
            saywho::cli::quotes(c, speaker.as_deref(), &query.join(" "), limit, json)
        }),
        Some(Cmd::Actors {
            query,
            kind,
            corpus,
            limit,
            json,
        }) => with_corpus(&corpus, cli.data_dir.as_deref(), &opts, |c| {
            saywho::cli::actors(c, &query.join(" "), kind.as_deref(), limit, json)
        }),
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

fn build_options(opts: &ingest::IngestOptions) -> saywho::index::build::BuildOptions {
    saywho::index::build::BuildOptions {
        ingest: opts.clone(),
        ..Default::default()
    }
}

fn fail(e: anyhow::Error) -> ExitCode {
    eprintln!("saywho: {}", output::printable(&format!("{e:#}")));
    ExitCode::from(1)
}

/// Open the corpus index, updating it first (quietly unless it has work to do).
fn with_corpus(
    corpus: &[PathBuf],
    data_dir: Option<&std::path::Path>,
    opts: &ingest::IngestOptions,
    f: impl FnOnce(&saywho::cli::Corpus) -> anyhow::Result<()>,
) -> ExitCode {
    match saywho::cli::open_corpus(corpus, data_dir, &build_options(opts), true, false) {
        Ok((c, s)) => {
            if let Some(s) = s
                && (s.added + s.updated + s.removed > 0 || !s.failed.is_empty())
            {
                saywho::cli::print_summary(&s, &c.index);
            }
            match f(&c) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(e),
            }
        }
        Err(e) => fail(e),
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
