//! Trims a subsetted TrueType font program to what a PDF reader uses: no `post` table (glyph
//! names; a CID font is addressed by glyph id) and no hinting (the `cvt `, `fpgm` and `prep`
//! programs and each glyph's instructions), and a `name` table without its Macintosh records
//! (see [`trim_names`]). PDF viewers as a rule rasterise without the font's hinting (pdf.js, and
//! poppler by default); in a DejaVu Sans subset the hinting is some 2 KB before compression,
//! mostly the programs, which a letter's own small subsets would otherwise carry too. A font
//! that cannot be read that far is left with its hinting.

/// Big-endian u16 at `at`.
fn be16(d: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(d.get(at..at + 2)?.try_into().ok()?))
}

/// Big-endian u32 at `at`.
fn be32(d: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(d.get(at..at + 4)?.try_into().ok()?))
}

/// The tables of a font: tag and data, in directory order.
fn tables(font: &[u8]) -> Option<Vec<([u8; 4], &[u8])>> {
    let count = usize::from(be16(font, 4)?);
    (0..count)
        .map(|i| {
            let record = font.get(12 + 16 * i..28 + 16 * i)?;
            let at = be32(record, 8)? as usize;
            let len = be32(record, 12)? as usize;
            Some((
                record[..4].try_into().ok()?,
                font.get(at..at.checked_add(len)?)?,
            ))
        })
        .collect()
}

/// One glyph without its instructions.
fn strip_glyph(g: &[u8], out: &mut Vec<u8>) -> Option<()> {
    if g.is_empty() {
        return Some(());
    }
    let contours = be16(g, 0)? as i16;
    if contours >= 0 {
        let at = 10 + 2 * usize::try_from(contours).ok()?;
        let len = usize::from(be16(g, at)?);
        out.extend_from_slice(g.get(..at)?);
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(g.get(at + 2 + len..)?);
    } else {
        // Composite: clear "instructions follow" and drop what follows the last component.
        let start = out.len();
        let mut components = Vec::new();
        let mut at = 10;
        loop {
            let flags = be16(g, at)?;
            components.push(at);
            at += component_size(flags);
            if flags & 0x0020 == 0 {
                break;
            }
        }
        out.extend_from_slice(g.get(..at)?);
        for c in components {
            let flags = be16(out, start + c)?;
            out[start + c..start + c + 2].copy_from_slice(&(flags & !0x0100).to_be_bytes());
        }
    }
    // Glyphs start at even offsets (the short `loca` format stores offsets / 2).
    while !out.len().is_multiple_of(4) {
        out.push(0);
    }
    Some(())
}

/// `glyf` and `loca` without instructions, in the `loca` format of `head`.
fn strip_glyphs(font: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let tables = tables(font)?;
    let find = |tag: &[u8; 4]| tables.iter().find(|(t, _)| t == tag).map(|(_, d)| *d);
    let long = be16(find(b"head")?, 50)? != 0;
    let glyphs = usize::from(be16(find(b"maxp")?, 4)?);
    let loca = find(b"loca")?;
    let glyf = find(b"glyf")?;
    let offset = |i: usize| -> Option<usize> {
        if long {
            Some(be32(loca, 4 * i)? as usize)
        } else {
            Some(2 * usize::from(be16(loca, 2 * i)?))
        }
    };
    let mut new_glyf = Vec::with_capacity(glyf.len());
    let mut offsets = Vec::with_capacity(glyphs + 1);
    for i in 0..glyphs {
        offsets.push(new_glyf.len());
        let (start, end) = (offset(i)?, offset(i + 1)?);
        if end > start {
            strip_glyph(glyf.get(start..end)?, &mut new_glyf)?;
        }
    }
    offsets.push(new_glyf.len());
    let mut new_loca = Vec::with_capacity(offsets.len() * if long { 4 } else { 2 });
    for o in offsets {
        if long {
            new_loca.extend_from_slice(&u32::try_from(o).ok()?.to_be_bytes());
        } else {
            new_loca.extend_from_slice(&u16::try_from(o / 2).ok()?.to_be_bytes());
        }
    }
    Some((new_glyf, new_loca))
}

/// The `name` table with only its Windows (Unicode) records, the Macintosh ones repeating them;
/// with `brief`, only the copyright notice, the font's names and the licence's address (IDs 0 to
/// 6 and 14), not the licence text (ID 13, 9.5 KB in DejaVu Sans): for the subsets of a file
/// other than the form's subset of the regular face, which carries it (the DejaVu/Bitstream
/// Vera licence asks for its notice in every copy of "one or more of the Font Software
/// typefaces": once per file covers them).
fn trim_names(name: &[u8], brief: bool) -> Option<Vec<u8>> {
    let count = usize::from(be16(name, 2)?);
    let storage = usize::from(be16(name, 4)?);
    let mut records = Vec::new();
    for i in 0..count {
        let r = name.get(6 + 12 * i..18 + 12 * i)?;
        let (platform, id) = (be16(r, 0)?, be16(r, 6)?);
        let (len, at) = (usize::from(be16(r, 8)?), usize::from(be16(r, 10)?));
        if platform == 3 && (!brief || id <= 6 || id == 14) {
            records.push((r, name.get(storage + at..storage + at + len)?));
        }
    }
    if records.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    let n = u16::try_from(records.len()).ok()?;
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&n.to_be_bytes());
    out.extend_from_slice(&(6 + 12 * n).to_be_bytes());
    let mut strings: Vec<u8> = Vec::new();
    for (r, text) in &records {
        out.extend_from_slice(&r[..8]);
        out.extend_from_slice(&u16::try_from(text.len()).ok()?.to_be_bytes());
        out.extend_from_slice(&u16::try_from(strings.len()).ok()?.to_be_bytes());
        strings.extend_from_slice(text);
    }
    out.extend_from_slice(&strings);
    Some(out)
}

/// The font without `post`, without hinting where its glyphs can be read, and with the `name`
/// table trimmed ([`trim_names`]; `brief` for a letter's own subset).
pub(super) fn strip(font: Vec<u8>, brief: bool) -> Vec<u8> {
    let Some(tables) = tables(&font) else {
        return font;
    };
    let glyphs = strip_glyphs(&font);
    let names = tables
        .iter()
        .find(|(tag, _)| tag == b"name")
        .and_then(|(_, data)| trim_names(data, brief));
    let kept: Vec<([u8; 4], &[u8])> = tables
        .iter()
        .filter(|(tag, _)| {
            tag != b"post" && (glyphs.is_none() || !matches!(tag, b"cvt " | b"fpgm" | b"prep"))
        })
        .map(|(tag, data)| match (&glyphs, tag) {
            (Some((glyf, _)), b"glyf") => (*tag, glyf.as_slice()),
            (Some((_, loca)), b"loca") => (*tag, loca.as_slice()),
            _ if tag == b"name" => (*tag, names.as_deref().unwrap_or(data)),
            _ => (*tag, *data),
        })
        .collect();
    let n = kept.len();
    let power = if n == 0 {
        1
    } else {
        1usize << (usize::BITS - 1 - n.leading_zeros())
    };
    let search_range = power * 16;
    let mut out = Vec::with_capacity(font.len());
    out.extend_from_slice(&font[..4]);
    for v in [
        n,
        search_range,
        power.trailing_zeros() as usize,
        n * 16 - search_range.min(n * 16),
    ] {
        out.extend_from_slice(&(v as u16).to_be_bytes());
    }
    let mut data = Vec::new();
    let base = 12 + 16 * n;
    for (tag, bytes) in &kept {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(bytes).to_be_bytes());
        out.extend_from_slice(&((base + data.len()) as u32).to_be_bytes());
        out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
        data.extend_from_slice(bytes);
        while !data.len().is_multiple_of(4) {
            data.push(0);
        }
    }
    out.extend_from_slice(&data);
    out
}

/// A table's checksum (the sum of its big-endian u32 words, zero-padded).
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, c| {
        let mut w = [0u8; 4];
        w[..c.len()].copy_from_slice(c);
        sum.wrapping_add(u32::from_be_bytes(w))
    })
}

/// The size of one component of a composite glyph with these flags: flags and glyph index, the
/// two arguments (words or bytes), then the scale (none, one, two or four F2Dot14 values).
fn component_size(flags: u16) -> usize {
    let arguments = if flags & 0x0001 != 0 { 4 } else { 2 };
    let scale = if flags & 0x0008 != 0 {
        2
    } else if flags & 0x0040 != 0 {
        4
    } else if flags & 0x0080 != 0 {
        8
    } else {
        0
    };
    4 + arguments + scale
}
