//! Writes the pre-rendered pages and chart images into a Trunk build: `prerender dist`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let dist = std::env::args_os()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| "dist".into());
    match selloff_lab::prerender::write_site(&dist) {
        Ok(files) => println!(
            "prerender: wrote {} files into {}",
            files.len(),
            dist.display()
        ),
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::exit(1);
        }
    }
}

/// Pre-rendering is a native tool; on wasm this binary does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}
