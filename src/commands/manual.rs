//! `facerights completions SHELL` and `facerights man`: generated from the clap definition.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Error, ExitCode};
use crate::output::{self, Target};

/// `facerights completions SHELL`: the completion script, generated from the clap definition.
pub(super) fn completions(shell: clap_complete::Shell) -> Result<ExitCode, Error> {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "facerights", &mut script);
    output::write(&Target::Stdout, &script, false)?;
    Ok(ExitCode::Success)
}

/// `facerights man`: one manual page (roff) with the options of every subcommand.
pub(super) fn man() -> Result<ExitCode, Error> {
    let page = man_page().map_err(|e| Error::Render(format!("manual page: {e}").into()))?;
    output::write(&Target::Stdout, &page, false)?;
    Ok(ExitCode::Success)
}

fn man_page() -> std::io::Result<Vec<u8>> {
    let mut cmd = Cli::command();
    cmd.build();
    let top = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    top.render_title(&mut page)?;
    top.render_name_section(&mut page)?;
    top.render_synopsis_section(&mut page)?;
    top.render_description_section(&mut page)?;
    top.render_options_section(&mut page)?;
    // The subcommands are sections of this page, not pages of their own.
    page.extend_from_slice(b".SH COMMANDS\n");
    for sub in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        page.extend_from_slice(
            format!(
                ".TP\n\\fBfacerights {}\\fR\n{}\n",
                sub.get_name(),
                roff_text(&about)
            )
            .as_bytes(),
        );
    }
    // Each subcommand (and sub-subcommand) gets a section: its synopsis, description, options.
    let mut stack: Vec<(String, clap::Command)> = cmd
        .get_subcommands()
        .filter(|c| c.get_name() != "help")
        .map(|c| (format!("facerights {}", c.get_name()), c.clone()))
        .collect();
    stack.reverse();
    while let Some((path, sub)) = stack.pop() {
        let sub = sub.bin_name(&path);
        let man = clap_mangen::Man::new(sub.clone());
        let mut section = Vec::new();
        man.render_synopsis_section(&mut section)?;
        man.render_description_section(&mut section)?;
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut section)?;
        }
        if sub.get_after_help().is_some() || sub.get_after_long_help().is_some() {
            man.render_extra_section(&mut section)?;
        }
        // Rename the sections clap_mangen writes (".SH SYNOPSIS", …) so that every subcommand
        // reads as one section with its own sub-sections.
        let text = String::from_utf8_lossy(&section)
            .replace(".SH ", ".SS ")
            .replace(".SS SYNOPSIS\n", "")
            .replace(".SS EXTRA\n", ".SS NOTES\n");
        page.extend_from_slice(format!(".SH \"{}\"\n", path.to_uppercase()).as_bytes());
        page.extend_from_slice(text.as_bytes());
        let mut children: Vec<(String, clap::Command)> = sub
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .map(|c| (format!("{path} {}", c.get_name()), c.clone()))
            .collect();
        children.reverse();
        stack.extend(children);
    }
    top.render_version_section(&mut page)?;
    Ok(page)
}

/// Text for a roff line: backslashes doubled, hyphens escaped, no leading control character.
fn roff_text(s: &str) -> String {
    let s = s.replace('\\', "\\\\").replace('-', "\\-");
    if s.starts_with(['.', '\'']) {
        format!("\\&{s}")
    } else {
        s
    }
}
