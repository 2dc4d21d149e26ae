//! Writes src/model/dataset.rs from the shared market data: `cargo run --bin build-data -- DIR`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;

    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data"));
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/model/dataset.rs");
    match selloff_lab::data_step::generate(&dir) {
        Ok(text) => {
            if let Err(e) = std::fs::write(&out, text) {
                eprintln!("build-data: cannot write {}: {e}", out.display());
                std::process::exit(1);
            }
            println!("build-data: wrote {}", out.display());
        }
        Err(e) => {
            eprintln!("build-data: {e}");
            std::process::exit(1);
        }
    }
}

/// The data step is a native tool; on wasm this binary does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}
