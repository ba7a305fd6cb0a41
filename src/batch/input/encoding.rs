//! The input's character encoding and CSV delimiter: what a spreadsheet export really is (UTF-8,
//! a Windows code page, a zipped spreadsheet given as CSV), and clear errors naming the row.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use encoding_rs::Encoding;

use std::fs::File;

use super::{is_stdin, shown, stdin_bytes};
use crate::error::Error;
use crate::printable::printable;

/// The encoding a file that is not UTF-8 most likely has, from its first megabyte.
pub(super) fn guess_encoding(path: &Path) -> Option<&'static Encoding> {
    let mut buf = Vec::new();
    if is_stdin(path) {
        let all = stdin_bytes().ok()?;
        buf.extend_from_slice(&all[..all.len().min(1 << 20)]);
    } else {
        File::open(path)
            .ok()?
            .take(1 << 20)
            .read_to_end(&mut buf)
            .ok()?;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&buf, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    (guess != encoding_rs::UTF_8).then_some(guess)
}

/// Whether the input starts as a zip archive does (an .xlsx or .ods read as CSV).
pub(super) fn is_zip(path: &Path) -> bool {
    let mut head = [0u8; 4];
    let read = if is_stdin(path) {
        stdin_bytes().is_ok_and(|all| {
            let n = all.len().min(4);
            head[..n].copy_from_slice(&all[..n]);
            n == 4
        })
    } else {
        File::open(path).is_ok_and(|mut f| f.read_exact(&mut head).is_ok())
    };
    read && head == *b"PK\x03\x04"
}

/// Row `row` (as a spreadsheet numbers it; the line in JSON Lines) is not UTF-8.
pub(super) fn not_utf8(path: &Path, row: u64) -> Error {
    if is_zip(path) {
        return Error::Usage(format!(
            "{}: is not text but a zip archive, as .xlsx and .ods spreadsheets are; nothing was \
             processed. Give it its extension, or say which with `--input-format xlsx` or \
             `--input-format ods`.",
            shown(path)
        ));
    }
    let advice = match guess_encoding(path) {
        Some(enc) => format!(
            "It looks like {name}, as spreadsheets on Windows save \"CSV\": run again with \
             `--encoding {name}`, or save it as UTF-8",
            name = enc.name().to_lowercase()
        ),
        None => "Save it as UTF-8, or give its encoding with `--encoding LABEL` (windows-1252 \
                 for Western Europe, windows-1250 for Central Europe, windows-1253 for Greek)"
            .to_string(),
    };
    Error::Usage(format!(
        "{}: row {row} is not valid UTF-8; nothing was processed. {advice} (Excel: Save As, \
         CSV UTF-8 (Comma delimited); LibreOffice: Save As, Text CSV, Character set: Unicode \
         (UTF-8)).",
        shown(path)
    ))
}

pub(super) fn undecodable(path: &Path, row: usize, encoding: &'static Encoding) -> Error {
    Error::Usage(format!(
        "{}: row {row} has bytes that are not valid {}; nothing was processed. Check the \
         `--encoding`, or save the file as UTF-8.",
        shown(path),
        encoding.name().to_lowercase()
    ))
}

/// An encoding from its label (`windows-1252`, `latin1`, `cp1250`, `utf-8`, …: the WHATWG labels).
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, Error> {
    let label = label.trim();
    let cp = label
        .strip_prefix("cp")
        .or_else(|| label.strip_prefix("CP"))
        .filter(|n| n.len() == 4 && n.starts_with("125"))
        .map(|n| format!("windows-{n}"));
    Encoding::for_label(cp.as_deref().unwrap_or(label).as_bytes())
        .filter(|e| *e != encoding_rs::REPLACEMENT)
        .ok_or_else(|| {
            Error::Usage(format!(
                "--encoding: unknown encoding `{}`; examples: utf-8, windows-1252, windows-1250, \
                 windows-1253, iso-8859-2, utf-16le",
                printable(label)
            ))
        })
}

/// The delimiter of the header line: the most frequent of `,` `;` and tab outside quotes.
pub(super) fn detect_delimiter(r: &mut BufReader<Box<dyn Read + Send>>) -> std::io::Result<u8> {
    // The buffer may hold less than the first line (a decoder returns what it has): read on
    // until it has a line break, the buffer is full, or the input ends.
    let mut head = Vec::new();
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        let (taken, found) = match buf.iter().position(|b| *b == b'\n') {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        head.extend_from_slice(&buf[..taken]);
        r.consume(taken);
        if found || head.len() >= 1 << 16 {
            break;
        }
    }
    let delimiter = delimiter_of(&head);
    // Put the first line back in front of the rest.
    let rest = std::mem::replace(r, BufReader::new(Box::new(std::io::empty())));
    *r = BufReader::with_capacity(
        1 << 16,
        Box::new(std::io::Cursor::new(head).chain(rest)) as Box<dyn Read + Send>,
    );
    Ok(delimiter)
}

/// The most frequent of `,` `;` and tab outside quotes in the header line `buf`.
pub(super) fn delimiter_of(buf: &[u8]) -> u8 {
    let line_end = buf.iter().position(|b| *b == b'\n').unwrap_or(buf.len());
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in &buf[..line_end] {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}
