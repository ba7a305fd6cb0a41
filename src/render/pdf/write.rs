//! Turns a [`DocumentLayout`] into PDF bytes: printpdf builds the pages and subsets the fonts,
//! lopdf then fixes the document-level entries printpdf gets wrong for us (language, dates,
//! info dictionary, random file ID) before the file is written.

use std::collections::BTreeSet;
use std::io::Write as _;

use lopdf::{Object, StringFormat};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, TextItem,
};

use super::font::{FaceKey, FontSet};
use super::layout::{DocumentLayout, PageLayout};
use super::PdfError;
use crate::letter::Letter;

/// Placeholder for the file ID, replaced by a hash of the finished file.
const ID_PLACEHOLDER: [u8; 16] = [0; 16];

/// Level for the zlib streams: the font subsets dominate the cost and barely shrink further
/// at level 9.
const DEFLATE_LEVEL: u32 = 6;

pub(crate) fn write(
    letter: &Letter,
    layout: &DocumentLayout,
    fonts: &FontSet<'_>,
) -> Result<Vec<u8>, PdfError> {
    let mut doc = PdfDocument::new(&letter.subject);
    let used: BTreeSet<FaceKey> = layout
        .pages
        .iter()
        .flat_map(|p| &p.lines)
        .flat_map(|l| &l.runs)
        .map(|r| r.face)
        .collect();
    for key in FaceKey::ALL {
        if let (true, Some(face)) = (used.contains(&key), fonts.face(key)) {
            doc.resources.fonts.map.insert(
                font_id(key),
                printpdf::PdfFont::new(face.pdf_face().clone()),
            );
        }
    }
    let geo = layout.geometry;
    let (w_mm, h_mm) = (Mm::from(Pt(geo.width)), Mm::from(Pt(geo.height)));
    doc.pages = layout
        .pages
        .iter()
        .map(|page| PdfPage::new(w_mm, h_mm, page_ops(page, geo.height)))
        .collect();

    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    // printpdf reports problems (for example a user's font it cannot subset, which it would
    // then embed whole) as warnings of severity "error": refuse rather than write such a file,
    // naming the font instead of its resource name.
    let errors: Vec<String> = warnings
        .iter()
        .filter(|w| w.severity == printpdf::PdfParseErrorSeverity::Error)
        .map(|w| {
            FaceKey::ALL
                .iter()
                .fold(w.msg.clone(), |msg, &key| match fonts.face(key) {
                    Some(face) => msg.replace(key.resource_name(), face.name()),
                    None => msg,
                })
        })
        .collect();
    if !errors.is_empty() {
        return Err(PdfError::Write(errors.join("; ")));
    }
    finish(&mut lo, letter)?;

    let mut bytes = Vec::with_capacity(64 * 1024);
    lo.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(format!("serialising the PDF: {e}")))?;
    set_file_id(&mut bytes)?;
    Ok(bytes)
}

fn font_id(key: FaceKey) -> FontId {
    FontId(key.resource_name().to_owned())
}

fn pt_point(x: f32, y_from_top: f32, page_height: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(page_height - y_from_top),
    }
}

fn page_ops(page: &PageLayout, page_height: f32) -> Vec<Op> {
    let mut ops = Vec::with_capacity(page.lines.len() * 6 + page.rules.len() * 3 + 4);
    if !page.rules.is_empty() {
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::SetOutlineColor {
            col: Color::Greyscale(Greyscale::new(0.45, None)),
        });
        for rule in &page.rules {
            ops.push(Op::SetOutlineThickness {
                pt: Pt(rule.thickness),
            });
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: pt_point(rule.x1, rule.y1, page_height),
                            bezier: false,
                        },
                        LinePoint {
                            p: pt_point(rule.x2, rule.y2, page_height),
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            });
        }
        ops.push(Op::RestoreGraphicsState);
    }
    for line in &page.lines {
        if line.runs.is_empty() {
            continue;
        }
        ops.push(Op::StartTextSection);
        if line.grey {
            ops.push(Op::SetFillColor {
                col: Color::Greyscale(Greyscale::new(0.3, None)),
            });
        }
        ops.push(Op::SetTextCursor {
            pos: pt_point(line.x, line.baseline, page_height),
        });
        let mut current = None;
        for run in &line.runs {
            if current != Some(run.face) {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font_id(run.face)),
                    size: Pt(line.size),
                });
                current = Some(run.face);
            }
            ops.push(Op::ShowText {
                items: vec![TextItem::Text(run.text.clone())],
            });
        }
        if line.grey {
            ops.push(Op::SetFillColor {
                col: Color::Greyscale(Greyscale::new(0.0, None)),
            });
        }
        ops.push(Op::EndTextSection);
    }
    ops
}

/// PDF text string: PDFDocEncoding-compatible ASCII as a literal, anything else as UTF-16BE.
fn text_string(s: &str) -> Object {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xfe, 0xff];
        for unit in s.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// Document-level entries: version, info dictionary, /Lang, viewer title, compression.
fn finish(doc: &mut lopdf::Document, letter: &Letter) -> Result<(), PdfError> {
    doc.version = "1.7".to_owned();
    let date = letter.date.format("D:%Y%m%d000000Z").to_string();
    let mut info = lopdf::Dictionary::new();
    info.set("Title", text_string(&letter.subject));
    info.set("Author", text_string(letter.sender_name()));
    info.set("Creator", text_string("facerights"));
    info.set(
        "Producer",
        text_string(concat!(
            "facerights ",
            env!("CARGO_PKG_VERSION"),
            " (printpdf)"
        )),
    );
    info.set("CreationDate", Object::string_literal(date.clone()));
    info.set("ModDate", Object::string_literal(date));
    let info_id = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .map_err(|e| PdfError::Write(format!("no info dictionary: {e}")))?;
    doc.objects.insert(info_id, Object::Dictionary(info));

    let catalog = doc
        .catalog_mut()
        .map_err(|e| PdfError::Write(format!("no document catalog: {e}")))?;
    catalog.set("Lang", text_string(&letter.language));
    let mut prefs = lopdf::Dictionary::new();
    prefs.set("DisplayDocTitle", true);
    catalog.set("ViewerPreferences", prefs);

    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(ID_PLACEHOLDER.to_vec(), StringFormat::Hexadecimal),
            Object::String(ID_PLACEHOLDER.to_vec(), StringFormat::Hexadecimal),
        ]),
    );
    for object in doc.objects.values_mut() {
        if let Object::Stream(stream) = object {
            if stream.allows_compression && stream.dict.get(b"Filter").is_err() {
                let mut enc = flate2::write::ZlibEncoder::new(
                    Vec::with_capacity(stream.content.len() / 2),
                    flate2::Compression::new(DEFLATE_LEVEL),
                );
                enc.write_all(&stream.content)
                    .and_then(|()| enc.flush())
                    .map_err(|e| PdfError::Write(format!("compressing a stream: {e}")))?;
                let packed = enc
                    .finish()
                    .map_err(|e| PdfError::Write(format!("compressing a stream: {e}")))?;
                if packed.len() < stream.content.len() {
                    stream.dict.set("Filter", "FlateDecode");
                    stream.set_content(packed);
                }
            }
        }
    }
    Ok(())
}

/// Replaces both placeholder file IDs in the trailer with the MD5 of the file up to the
/// trailer (the usual way to derive an ID), so the same letter always gives the same bytes.
fn set_file_id(bytes: &mut [u8]) -> Result<(), PdfError> {
    use md5::Digest as _;
    let placeholder = format!("<{}>", "00".repeat(ID_PLACEHOLDER.len()));
    let placeholder = placeholder.as_bytes();
    let tail_start = bytes.len().saturating_sub(1024);
    let found: Vec<usize> = bytes[tail_start..]
        .windows(placeholder.len())
        .enumerate()
        .filter(|(_, w)| *w == placeholder)
        .map(|(i, _)| tail_start + i)
        .collect();
    if found.len() != 2 {
        return Err(PdfError::Write(format!(
            "expected 2 file ID placeholders in the trailer, found {}",
            found.len()
        )));
    }
    let digest = md5::Md5::digest(&bytes[..found[0]]);
    let hex: String = digest.iter().map(|b| format!("{b:02X}")).collect();
    let id = format!("<{hex}>");
    for start in found {
        bytes[start..start + placeholder.len()].copy_from_slice(id.as_bytes());
    }
    Ok(())
}
