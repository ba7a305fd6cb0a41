//! The PDF renderer, checked by properties of its output: it parses, has the expected pages,
//! gives back its text (Greek and Cyrillic too), keeps inside the margins, is reproducible and
//! refuses characters it cannot draw.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use chrono::NaiveDate;
use facerights::letter::{Block, Letter};
use facerights::render::pdf::{self, FontFace, Paper, PdfError, PdfOptions};
use lopdf::{Document, Object};

/// Every letter the PDF must draw: the 24 EU official languages (Latin, Greek, Bulgarian
/// Cyrillic), Icelandic and Norwegian, plus typographic punctuation and symbols.
const EU_TEXT: &str = "AÁÀÂÄÃÅĀĂĄÆBCĆČÇĊDĎĐÐEÉÈÊËĒĖĘĚFGĞĢĠHĦIÍÌÎÏĪĮİJKĶLĹĻĽŁMNŃŅŇÑOÓÒÔÖÕŐŌØŒ\
PQRŔŘSŚŠŞȘTŤŢȚÞUÚÙÛÜŪŮŰŲVWXYÝŸZŹŻŽ \
aáàâäãåāăąæbcćčçċdďđðeéèêëēėęěfgğģġhħiíìîïīįıjkķlĺļľłmnńņňñoóòôöõőōøœpqrŕřsśšşșßtťţțþ\
uúùûüūůűųvwxyýÿzźżž \
ΑΆΒΓΔΕΈΖΗΉΘΙΊΪΚΛΜΝΞΟΌΠΡΣΤΥΎΫΦΧΨΩΏ αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ \
АБВГДЕЖЗИЍЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ абвгдежзиѝйклмнопрстуфхцчшщъьюя \
„“”‘’‚«»‹› – — \u{00A0}\u{202F} € £ § № • ‑";

const SENDER_NAME: &str = "Åsa-Þóra Łęcka-Ștefănescu Ő'Ű Šķēļņģ Čřůďťňľĺŕ Żźćńśąę Đß ðþæøå œ ħġċż \
    ÁÉÍÓÚ Ėų āēīū Мария Ѝванова Ζωή Αϊδονίδου";

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).expect("valid date")
}

fn recipient() -> Vec<String> {
    [
        "Clearview AI, Inc.",
        "Attn: Data Protection Officer",
        "99 Wall Street #5730",
        "New York, NY 10005",
        "USA",
    ]
    .map(String::from)
    .to_vec()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

const ACCESS_PARAGRAPHS: [&str; 6] = [
    "I am writing to make a request for access to my personal data under Article 15 of the \
     General Data Protection Regulation (GDPR). Clearview AI collects images of faces from the \
     public internet, derives biometric templates from them and offers a search service to its \
     customers. I have reason to believe that my photographs and a biometric template derived \
     from them are held in your database.",
    "To help you locate my data, I enclose a recent photograph of my face. Please use this \
     photograph only to search your database for my data and to answer this request, and delete \
     it once you have done so (Article 12(6) and Article 5(1)(b) GDPR).",
    "Please confirm whether or not you process personal data concerning me and, where that is \
     the case, give me a copy of all such data, including every image, the URL of the page where \
     each image was found, the date it was collected and any biometric template or vector \
     derived from it.",
    "Please also tell me the purposes of the processing, the categories of personal data \
     concerned, the recipients to whom my data has been or will be disclosed (in particular \
     customers who ran searches that returned my images, and recipients in third countries), \
     the period for which the data will be stored and the source of the data.",
    "You must answer this request without undue delay and in any event within one month of \
     receipt (Article 12(3) GDPR). Several European supervisory authorities have found that \
     Clearview AI processes the biometric data of people in the European Union unlawfully and \
     have ordered it to stop; this request is without prejudice to any complaint I may lodge \
     with the supervisory authority.",
    "If you need any further information from me to identify my data, please tell me promptly. \
     Please send your reply to the postal address above or to my e-mail address.",
];

fn english_letter() -> Letter {
    Letter {
        language: "en-GB".into(),
        date: date(),
        sender: strings(&[
            "Jane Example",
            "12 Sample Street",
            "London N1 9GU",
            "United Kingdom",
            "jane.example@example.org",
        ]),
        recipient: recipient(),
        place_date: "London, 21 November 2026".into(),
        reference: Some("Our reference: FR-2026-017".into()),
        subject: "Request for access to personal data under Article 15 GDPR".into(),
        salutation: "Dear Sir or Madam,".into(),
        body: vec![
            Block::Paragraph(ACCESS_PARAGRAPHS[0].into()),
            Block::Paragraph(ACCESS_PARAGRAPHS[1].into()),
            Block::Paragraph(ACCESS_PARAGRAPHS[2].into()),
            Block::Bullets(strings(&[
                "every image of me you hold, with the URL where it was found and the date of collection;",
                "every biometric template, vector or other data derived from those images;",
                "a list of the searches by your customers that returned any of my images, with the date and the customer;",
            ])),
            Block::Paragraph(ACCESS_PARAGRAPHS[3].into()),
            Block::Paragraph(ACCESS_PARAGRAPHS[4].into()),
            Block::Paragraph(ACCESS_PARAGRAPHS[5].into()),
        ],
        closing: "Yours faithfully,".into(),
        signature: "Jane Example".into(),
        enclosures_label: "Enclosure".into(),
        enclosures: strings(&["Photograph for identification (to be used for this request only)"]),
        page_label: "Page {page} of {pages}".into(),
        paper: Default::default(),
    }
}

fn greek_letter() -> Letter {
    Letter {
        language: "el".into(),
        date: date(),
        sender: strings(&[
            "Ζωή Παπαδοπούλου",
            "Οδός Ερμού 25",
            "105 63 Αθήνα",
            "Ελλάδα",
            "zoi@example.gr",
        ]),
        recipient: recipient(),
        place_date: "Αθήνα, 21 Νοεμβρίου 2026".into(),
        reference: None,
        subject: "Αίτημα πρόσβασης σε δεδομένα προσωπικού χαρακτήρα (άρθρο 15 ΓΚΠΔ)".into(),
        salutation: "Αξιότιμη κυρία, αξιότιμε κύριε,".into(),
        body: vec![
            Block::Paragraph(
                "Με την παρούσα ασκώ το δικαίωμα πρόσβασης που μου παρέχει το άρθρο 15 του \
                 Γενικού Κανονισμού για την Προστασία Δεδομένων (ΓΚΠΔ). Η Clearview AI συλλέγει \
                 φωτογραφίες προσώπων από το διαδίκτυο και εξάγει από αυτές βιομετρικά δεδομένα."
                    .into(),
            ),
            Block::Paragraph(
                "Παρακαλώ επιβεβαιώστε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με \
                 αφορούν και, εφόσον ισχύει, χορηγήστε μου αντίγραφο όλων των δεδομένων, μαζί με \
                 τους σκοπούς της επεξεργασίας, τους αποδέκτες και την πηγή των δεδομένων."
                    .into(),
            ),
            Block::Paragraph(
                "Η Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα επέβαλε στην Clearview AI \
                 πρόστιμο 20 εκατ. ευρώ (απόφαση 35/2022) και της απαγόρευσε την επεξεργασία \
                 βιομετρικών δεδομένων προσώπων στην Ελλάδα. Ϊ ϋ ΐ ΰ."
                    .into(),
            ),
            Block::Paragraph(
                "Οφείλετε να απαντήσετε χωρίς αδικαιολόγητη καθυστέρηση και σε κάθε περίπτωση \
                 εντός ενός μηνός από την παραλαβή του αιτήματος (άρθρο 12 παράγραφος 3 ΓΚΠΔ)."
                    .into(),
            ),
        ],
        closing: "Με εκτίμηση,".into(),
        signature: "Ζωή Παπαδοπούλου".into(),
        enclosures_label: "Συνημμένο".into(),
        enclosures: Vec::new(),
        page_label: "Σελίδα {page} από {pages}".into(),
        paper: Default::default(),
    }
}

fn long_letter() -> Letter {
    let mut body = vec![Block::Heading("1. What I am asking for".into())];
    body.extend(
        ACCESS_PARAGRAPHS[..3]
            .iter()
            .map(|p| Block::Paragraph((*p).into())),
    );
    body.push(Block::Numbered(strings(&[
        "Confirmation whether you process personal data concerning me (Article 15(1) GDPR).",
        "A copy of that personal data, including all images, URLs, dates and biometric \
         templates (Article 15(3) GDPR), in a commonly used electronic form.",
        "The information listed in Article 15(1)(a) to (h) GDPR, including the source of the \
         data and the existence of automated decision-making.",
        "The appropriate safeguards for any transfer of my data to a third country (Article \
         15(2) GDPR).",
        "The identity of every recipient of my data, as required by Article 19 GDPR.",
        "Confirmation that the photograph I enclose will be used only to answer this request.",
        "A description of the technical measures that prevent my images from being collected \
         again after erasure.",
        "The legal basis you rely on for each purpose of the processing.",
        "A record of each search that returned any of my images.",
        "The name of your representative in the Union under Article 27 GDPR.",
    ])));
    body.push(Block::Heading(
        "2. The decisions against Clearview AI".into(),
    ));
    for p in &ACCESS_PARAGRAPHS[3..] {
        body.push(Block::Paragraph((*p).into()));
    }
    body.push(Block::Bullets(strings(&[
        "Garante per la protezione dei dati personali (Italy), decision of 10 February 2022: a \
         fine of EUR 20 million and an order to erase the data of persons in Italy.",
        "Commission nationale de l'informatique et des libertés (France), decision of 17 October \
         2022: a fine of EUR 20 million and an order to erase.",
        "Hellenic Data Protection Authority (Greece), decision 35/2022 of 13 July 2022: a fine \
         of EUR 20 million.",
        "Autoriteit Persoonsgegevens (the Netherlands), decision of 16 May 2024: a fine of EUR \
         30.5 million.",
        "The source of each decision is listed at https://example.org/a/very/long/path/that/does/not/fit/on/one/line/of/the/letter/because/it/keeps/going/and/going/index.html?query=clearview&lang=en",
    ])));
    body.push(Block::Heading(
        "3. Restriction while this request is pending".into(),
    ));
    for p in ACCESS_PARAGRAPHS.iter().rev() {
        body.push(Block::Paragraph((*p).into()));
    }
    body.push(Block::Heading("4. Erasure".into()));
    for p in &ACCESS_PARAGRAPHS[..4] {
        body.push(Block::Paragraph((*p).into()));
    }
    body.push(Block::Heading("5. How to reply".into()));
    body.push(Block::Bullets(
        ACCESS_PARAGRAPHS.iter().map(|p| (*p).to_owned()).collect(),
    ));
    body.push(Block::Paragraph(
        "Supercalifragilisticexpialidociousaccessrequestwordwithoutanybreakopportunitythatisfarlongerthanawholelineoftextinthisletter end."
            .into(),
    ));
    Letter {
        subject: "Request for access (Article 15 GDPR) and, after the answer, erasure (Article 17 GDPR) of my personal data, including biometric data".into(),
        enclosures: strings(&[
            "Photograph for identification (to be used for this request only)",
            "Copy of the decision of the Garante of 10 February 2022",
        ]),
        enclosures_label: "Enclosures".into(),
        body,
        ..english_letter()
    }
}

fn special_name_letter() -> Letter {
    let mut letter = english_letter();
    letter.sender[0] = SENDER_NAME.into();
    letter.signature = SENDER_NAME.into();
    letter.body.truncate(2);
    letter
        .body
        .push(Block::Paragraph(format!("All the letters: {EU_TEXT}")));
    letter
}

/// A rendered letter, parsed back.
struct Rendered {
    bytes: Vec<u8>,
    doc: Document,
}

impl Rendered {
    fn pages(&self) -> usize {
        self.doc.get_pages().len()
    }

    /// The text lopdf extracts (via the fonts' ToUnicode maps), whitespace collapsed.
    fn text(&self) -> String {
        let pages: Vec<u32> = self.doc.get_pages().keys().copied().collect();
        collapse(&self.doc.extract_text(&pages).expect("text extraction"))
    }
}

/// The text of a PDF file (lopdf, through the ToUnicode maps), whitespace collapsed.
pub(crate) fn extract_text(bytes: &[u8]) -> String {
    let doc = Document::load_mem(bytes).expect("PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    collapse(&doc.extract_text(&pages).expect("text extraction"))
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn render_with(letter: &Letter, opts: &PdfOptions, name: &str) -> Rendered {
    let bytes = pdf::render(letter, opts).expect("letter renders");
    // Set FACERIGHTS_PDF_DUMP=dir to look at the files.
    if let Some(dir) = std::env::var_os("FACERIGHTS_PDF_DUMP") {
        std::fs::write(Path::new(&dir).join(format!("{name}.pdf")), &bytes).expect("dump");
    }
    let doc = Document::load_mem(&bytes).expect("PDF parses");
    Rendered { bytes, doc }
}

fn render(letter: &Letter, name: &str) -> Rendered {
    render_with(letter, &PdfOptions::default(), name)
}

/// `pdftotext` output (reading order, whitespace collapsed), or `None` if it is not installed.
fn pdftotext(bytes: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, bytes).expect("write temp PDF");
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(collapse(&String::from_utf8(out.stdout).expect("UTF-8")))
}

fn catalog_and_info(doc: &Document) -> (&lopdf::Dictionary, &lopdf::Dictionary) {
    let catalog = doc.catalog().expect("catalog");
    let info_ref = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .expect("/Info");
    (catalog, doc.get_dictionary(info_ref).expect("info dict"))
}

/// Decodes a PDF text string (UTF-16BE with BOM, or PDFDocEncoding/ASCII).
fn pdf_string(obj: &Object) -> String {
    let bytes = obj.as_str().expect("string");
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&units).expect("UTF-16")
    } else {
        String::from_utf8(bytes.to_vec()).expect("ASCII")
    }
}

fn name_of(obj: &Object) -> Vec<u8> {
    obj.as_name().expect("name").to_vec()
}

/// Glyph widths (per 1000 em) of a Type0 font, from its descendant's /W array.
fn glyph_widths(doc: &Document, font: &lopdf::Dictionary) -> (HashMap<u16, f32>, f32) {
    let descendants = font.get(b"DescendantFonts").expect("Type0 font");
    let descendants = doc
        .dereference(descendants)
        .expect("deref")
        .1
        .as_array()
        .expect("array");
    let cid = doc
        .dereference(&descendants[0])
        .expect("deref")
        .1
        .as_dict()
        .expect("CIDFont");
    let dw = cid
        .get(b"DW")
        .ok()
        .and_then(|o| o.as_float().ok())
        .unwrap_or(1000.0);
    let mut map = HashMap::new();
    if let Ok(w) = cid.get(b"W") {
        let w = doc
            .dereference(w)
            .expect("deref")
            .1
            .as_array()
            .expect("/W array");
        let mut i = 0;
        while i < w.len() {
            let first = w[i].as_i64().expect("first code") as u16;
            match &w[i + 1] {
                Object::Array(ws) => {
                    for (k, v) in ws.iter().enumerate() {
                        map.insert(first + k as u16, v.as_float().expect("width"));
                    }
                    i += 2;
                }
                last => {
                    let last = last.as_i64().expect("last code") as u16;
                    let v = w[i + 2].as_float().expect("width");
                    for c in first..=last {
                        map.insert(c, v);
                    }
                    i += 3;
                }
            }
        }
    }
    (map, dw)
}

/// Replays every page's text operators and returns the rightmost x any glyph reaches and the
/// leftmost x any text starts at, in points.
fn text_extent(doc: &Document) -> (f32, f32) {
    let mut max_x = f32::MIN;
    let mut min_x = f32::MAX;
    for page_id in doc.get_pages().values().copied() {
        let fonts: HashMap<Vec<u8>, (HashMap<u16, f32>, f32)> = doc
            .get_page_fonts(page_id)
            .expect("page fonts")
            .into_iter()
            .map(|(name, dict)| (name, glyph_widths(doc, dict)))
            .collect();
        let content = doc.get_and_decode_page_content(page_id).expect("content");
        let (mut line_x, mut x, mut size) = (0.0f32, 0.0f32, 0.0f32);
        let mut font: Option<&(HashMap<u16, f32>, f32)> = None;
        for op in &content.operations {
            match op.operator.as_str() {
                "BT" => {
                    line_x = 0.0;
                    x = 0.0;
                }
                "Td" => {
                    line_x += op.operands[0].as_float().expect("tx");
                    x = line_x;
                    min_x = min_x.min(x);
                }
                "Tf" => {
                    font = fonts.get(&name_of(&op.operands[0]));
                    size = op.operands[1].as_float().expect("size");
                }
                "Tj" | "TJ" => {
                    let (widths, dw) = font.expect("font set before text");
                    let items = match &op.operands[0] {
                        Object::Array(items) => items.clone(),
                        s => vec![s.clone()],
                    };
                    for item in items {
                        match item {
                            Object::String(bytes, _) => {
                                for pair in bytes.chunks(2) {
                                    let gid = u16::from_be_bytes([pair[0], pair[1]]);
                                    x += widths.get(&gid).copied().unwrap_or(*dw) / 1000.0 * size;
                                }
                            }
                            n => x -= n.as_float().expect("TJ offset") / 1000.0 * size,
                        }
                        max_x = max_x.max(x);
                    }
                }
                "Tm" | "T*" | "TD" | "'" | "\"" => {
                    panic!("unexpected text operator {}", op.operator)
                }
                _ => {}
            }
        }
    }
    (min_x, max_x)
}

fn media_box(doc: &Document) -> (f32, f32) {
    let page_id = *doc.get_pages().values().next().expect("a page");
    let page = doc.get_dictionary(page_id).expect("page");
    let mb = page
        .get(b"MediaBox")
        .expect("MediaBox")
        .as_array()
        .expect("array");
    (mb[2].as_float().expect("w"), mb[3].as_float().expect("h"))
}

const MM: f32 = 72.0 / 25.4;

fn assert_within_margins(r: &Rendered) {
    let (width, _) = media_box(&r.doc);
    let (min_x, max_x) = text_extent(&r.doc);
    assert!(
        max_x <= width - 20.0 * MM + 0.05,
        "text reaches x = {max_x} pt, past the right margin"
    );
    assert!(
        min_x >= 25.0 * MM - 0.05,
        "text starts at x = {min_x} pt, left of the margin"
    );
}

#[test]
fn english_letter_renders_on_one_page_with_its_text() {
    let letter = english_letter();
    let r = render(&letter, "english");
    // 10 pt DejaVu Sans Condensed: this short English letter fits one A4 page.
    assert_eq!(r.pages(), 1);
    let text = r.text();
    for needle in [
        letter.subject.as_str(),
        "Jane Example",
        "Clearview AI, Inc.",
        "London, 21 November 2026",
        "I am writing to make a request for access to my personal data",
        "Yours faithfully,",
        "Enclosure: Photograph for identification",
        "Page 1 of 1",
    ] {
        assert!(
            text.contains(needle),
            "{needle:?} not in extracted text:\n{text}"
        );
    }
    assert_within_margins(&r);
}

#[test]
fn reading_order_survives_pdftotext() {
    let letter = english_letter();
    let r = render(&letter, "english");
    let Some(text) = pdftotext(&r.bytes) else {
        eprintln!("pdftotext not installed; skipped");
        return;
    };
    let order = [
        "Jane Example",
        "Clearview AI, Inc.",
        "London, 21 November 2026",
        "Our reference: FR-2026-017",
        "Request for access to personal data under Article 15 GDPR",
        "Dear Sir or Madam,",
        "I am writing to make a request",
        "every biometric template, vector",
        "Yours faithfully,",
        "Enclosure: Photograph",
    ];
    let mut from = 0;
    for needle in order {
        let at = text[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing or out of order in:\n{text}"));
        from += at + needle.len();
    }
}

#[test]
fn greek_letter_round_trips_its_text() {
    let letter = greek_letter();
    let r = render(&letter, "greek");
    assert_eq!(r.pages(), 1);
    let text = r.text();
    for needle in [
        letter.subject.as_str(),
        "Ζωή Παπαδοπούλου",
        "Με την παρούσα ασκώ το δικαίωμα πρόσβασης",
        "Ϊ ϋ ΐ ΰ",
        "Σελίδα 1 από 1",
    ] {
        assert!(
            text.contains(needle),
            "{needle:?} not in extracted text:\n{text}"
        );
    }
    if let Some(text) = pdftotext(&r.bytes) {
        assert!(
            text.contains("Με την παρούσα ασκώ το δικαίωμα πρόσβασης"),
            "{text}"
        );
        assert!(text.contains(&letter.subject), "{text}");
    }
    assert_within_margins(&r);
}

#[test]
fn long_letter_paginates_with_headings_and_lists() {
    let letter = long_letter();
    let r = render(&letter, "long");
    assert_eq!(r.pages(), 3);
    let text = r.text();
    for needle in [
        "1. What I am asking for",
        "4. Erasure",
        "10. The name of your representative",
        "• Garante per la protezione",
        "Enclosures: Photograph for identification",
        "Copy of the decision of the Garante",
        "Page 3 of 3",
    ] {
        assert!(
            text.contains(needle),
            "{needle:?} not in extracted text:\n{text}"
        );
    }
    // The URL is cut into pieces, never drawn past the margin.
    assert!(
        text.contains("https://example.org/a/very/long/path/"),
        "{text}"
    );
    assert_within_margins(&r);
}

#[test]
fn every_special_letter_in_the_sender_name_round_trips() {
    let letter = special_name_letter();
    let r = render(&letter, "special");
    let text = r.text();
    assert!(text.contains(SENDER_NAME), "sender name lost:\n{text}");
    if let Some(text) = pdftotext(&r.bytes) {
        assert!(
            text.contains(SENDER_NAME),
            "pdftotext lost the sender name:\n{text}"
        );
        for word in [
            "Мария",
            "Ѝванова",
            "Ζωή",
            "Αϊδονίδου",
            "„“”‘’‚«»‹›",
            "€",
            "№",
        ] {
            assert!(text.contains(word), "{word:?} missing:\n{text}");
        }
    }
    let (_, info) = catalog_and_info(&r.doc);
    assert_eq!(
        pdf_string(info.get(b"Author").expect("/Author")),
        SENDER_NAME
    );
    assert_within_margins(&r);
}

#[test]
fn output_is_byte_identical_for_the_same_letter() {
    for letter in [english_letter(), greek_letter(), long_letter()] {
        let a = pdf::render(&letter, &PdfOptions::default()).expect("renders");
        let b = pdf::render(&letter, &PdfOptions::default()).expect("renders");
        assert!(a == b, "two renders of {:?} differ", letter.subject);
    }
}

#[test]
fn metadata_has_language_title_author_and_the_letter_date() {
    let letter = greek_letter();
    let r = render(&letter, "greek");
    let (catalog, info) = catalog_and_info(&r.doc);
    assert_eq!(pdf_string(catalog.get(b"Lang").expect("/Lang")), "el");
    assert_eq!(
        pdf_string(info.get(b"Title").expect("/Title")),
        letter.subject
    );
    assert_eq!(
        pdf_string(info.get(b"Author").expect("/Author")),
        "Ζωή Παπαδοπούλου"
    );
    assert_eq!(
        pdf_string(info.get(b"CreationDate").expect("date")),
        "D:20261121000000Z"
    );
    assert_eq!(
        pdf_string(info.get(b"ModDate").expect("date")),
        "D:20261121000000Z"
    );
    assert!(
        info.get(b"GTS_PDFXVersion").is_err(),
        "PDF/X junk left in /Info"
    );
    let id = r
        .doc
        .trailer
        .get(b"ID")
        .expect("/ID")
        .as_array()
        .expect("array");
    assert_eq!(id.len(), 2);
    assert_ne!(
        id[0].as_str().expect("string"),
        &[0u8; 16],
        "file ID placeholder left"
    );
}

#[test]
fn us_letter_paper_has_us_letter_pages() {
    let opts = PdfOptions {
        paper: Some(Paper::Letter),
        ..PdfOptions::default()
    };
    let r = render_with(&english_letter(), &opts, "english-us");
    let (w, h) = media_box(&r.doc);
    assert!(
        (w - 612.0).abs() < 0.5 && (h - 792.0).abs() < 0.5,
        "{w} x {h}"
    );
    assert_within_margins(&r);
    let (w, h) = media_box(&render(&english_letter(), "english").doc);
    assert!(
        (w - 595.28).abs() < 0.5 && (h - 841.89).abs() < 0.5,
        "{w} x {h}"
    );
}

#[test]
fn coverage_accepts_every_eu_letter_and_refuses_cjk() {
    let opts = PdfOptions::default();
    assert_eq!(pdf::first_uncovered(EU_TEXT, &opts), None);
    assert_eq!(pdf::first_uncovered(SENDER_NAME, &opts), None);
    assert_eq!(pdf::first_uncovered("Name: 中村", &opts), Some('中'));
    assert!(!pdf::covers('中', &opts));
    assert!(
        pdf::covers(' ', &opts) && pdf::covers('\u{3000}', &opts),
        "whitespace is covered"
    );
    // Decomposed input is normalised first: e + combining acute is é.
    assert_eq!(pdf::first_uncovered("Rene\u{301}e", &opts), None);
}

#[test]
fn render_refuses_a_character_no_font_has() {
    let mut letter = english_letter();
    letter
        .body
        .push(Block::Paragraph("My name in Japanese is 中村.".into()));
    match pdf::render(&letter, &PdfOptions::default()) {
        Err(PdfError::MissingGlyph { ch, context }) => {
            assert_eq!(ch, '中');
            assert_eq!(context, "body block 8");
        }
        other => panic!("expected MissingGlyph, got {other:?}"),
    }
    let err = PdfError::MissingGlyph {
        ch: '中',
        context: "subject".into(),
    };
    assert!(err.to_string().contains("U+4E2D"), "{err}");
}

#[test]
fn a_rendering_error_keeps_its_cause() {
    let mut letter = english_letter();
    letter.subject.push_str(" 中");
    let format = facerights::render::Format::Pdf(Arc::new(PdfOptions::default()));
    let Err(err) = format.render_hashed(&letter) else {
        panic!("rendered a character no font has");
    };
    let cause = std::error::Error::source(&err).expect("a cause");
    assert!(
        matches!(
            cause.downcast_ref::<PdfError>(),
            Some(PdfError::MissingGlyph { ch: '中', .. })
        ),
        "{cause:?}"
    );
    assert_eq!(err.to_string(), cause.to_string());
}

#[test]
fn a_fallback_font_draws_what_dejavu_lacks() {
    // DejaVu Math TeX Gyre (Debian's fonts-dejavu-extra) has mathematical letters DejaVu Sans
    // lacks; skipped where it is not installed.
    let path = "/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf";
    if !Path::new(path).exists() {
        eprintln!("{path} not installed; skipped");
        return;
    }
    let face = FontFace::load(path).expect("font loads");
    let fallback = Arc::new(face);
    let with = PdfOptions {
        fallback_font: Some(fallback.clone()),
        ..PdfOptions::default()
    };
    let without = PdfOptions::default();
    let ch = ('\u{1D400}'..='\u{1D7FF}')
        .find(|&c| fallback.has_glyph(c) && !pdf::covers(c, &without))
        .expect("a character only the fallback has");
    assert!(pdf::covers(ch, &with));
    let mut letter = english_letter();
    letter
        .body
        .insert(0, Block::Paragraph(format!("Formula: {ch} = 1")));
    assert!(matches!(
        pdf::render(&letter, &without),
        Err(PdfError::MissingGlyph { .. })
    ));
    let r = render_with(&letter, &with, "fallback");
    assert!(
        r.text().contains(&format!("Formula: {ch} = 1")),
        "{}",
        r.text()
    );
    assert_within_margins(&r);
    // Only in the sender's name (the form's fixed text does not use the fallback face), and
    // with another character of it next to the one the body uses.
    let other = ('\u{1D400}'..='\u{1D7FF}')
        .filter(|&c| c != ch && fallback.has_glyph(c) && !pdf::covers(c, &without))
        .nth(3)
        .expect("another character only the fallback has");
    for (body, label) in [(false, "fallback-name"), (true, "fallback-both")] {
        let mut letter = english_letter();
        if body {
            letter
                .body
                .insert(0, Block::Paragraph(format!("Formula: {ch} = 1")));
        }
        let name = format!("Anna {ch}{other} Smith");
        letter.sender[0] = name.clone();
        letter.signature = name.clone();
        let r = render_with(&letter, &with, label);
        assert!(r.text().contains(&name), "{}", r.text());
        if let Some(text) = pdftotext(&r.bytes) {
            assert!(text.contains(&name), "pdftotext lost the name:\n{text}");
        }
        assert_within_margins(&r);
    }
}

#[test]
fn bad_font_files_are_refused_with_a_reason() {
    let err = FontFace::from_bytes(b"not a font".to_vec()).expect_err("garbage is refused");
    assert!(err.to_string().contains("font"), "{err}");
    let err = FontFace::load("/nonexistent/font.ttf").expect_err("missing file is refused");
    assert!(err.to_string().contains("/nonexistent/font.ttf"), "{err}");
}

#[test]
fn fonts_are_shared_across_threads() {
    let letters = [english_letter(), greek_letter(), special_name_letter()];
    let outputs: Vec<Vec<u8>> = std::thread::scope(|s| {
        let handles: Vec<_> = letters
            .iter()
            .map(|l| s.spawn(move || pdf::render(l, &PdfOptions::default()).expect("renders")))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    for (letter, bytes) in letters.iter().zip(outputs) {
        assert_eq!(
            bytes,
            pdf::render(letter, &PdfOptions::default()).expect("renders")
        );
    }
}

#[test]
fn qpdf_finds_no_errors() {
    let r = render(&long_letter(), "long");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("long.pdf");
    std::fs::write(&path, &r.bytes).expect("write");
    let Ok(out) = Command::new("qpdf").arg("--check").arg(&path).output() else {
        eprintln!("qpdf not installed; skipped");
        return;
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "qpdf --check failed:\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!stdout.contains("WARNING"), "qpdf warnings:\n{stdout}");
}

/// Issue 3: every built-in locale × request kind, composed for real, as PDF.
#[test]
fn every_locale_and_kind_renders_a_valid_pdf_of_one_to_four_pages() {
    let composer = crate::support::composer();
    let data = facerights::data::data().unwrap();
    let locales: Vec<String> = composer.catalog().iter().map(|l| l.lang.clone()).collect();
    assert!(locales.len() >= 26, "{locales:?}");
    for lang in &locales {
        // A jurisdiction where the language is official (else Ireland), so the decision cited
        // is the one a reader of that language most likely needs.
        let j = data
            .jurisdictions
            .iter()
            .find(|j| j.languages.first() == Some(lang))
            .or_else(|| {
                data.jurisdictions
                    .iter()
                    .find(|j| j.languages.contains(lang))
            })
            .map(|j| j.code.as_str())
            .unwrap_or("IE");
        for kind in facerights::request::RequestKind::ALL {
            let mut input = crate::support::input(j, kind.as_str());
            input.language = Some(lang.clone());
            input.photo_enclosed = kind == facerights::request::RequestKind::AccessErasure;
            let letter = crate::support::compose(&composer, &input);
            let r = render(&letter, &format!("{lang}-{}", kind.as_str()));
            let label = format!("{lang} {j} {}", kind.as_str());
            // The longest letter (French for France: four CNIL acts, every citation written
            // out as French lawyers do, with the photo paragraph) runs to five pages.
            assert!((1..=5).contains(&r.pages()), "{label}: {} pages", r.pages());
            // A line may break after a hyphen ("l-" / "Artikolu"): compare without that space.
            let unbreak = |s: &str| collapse(s).replace("- ", "-");
            let text = unbreak(&r.text());
            let jur = data.jurisdictions.iter().find(|x| x.code == j).unwrap();
            let authority = data.authority(&jur.authority).unwrap().name_for(lang);
            let mut needles = vec![
                unbreak(&letter.subject),
                "Alex Example".to_string(),
                unbreak(&authority),
            ];
            needles.extend(
                data.decisions_of(jur)
                    .filter(|d| !d.reference.is_empty())
                    .map(|d| d.reference.clone()),
            );
            if jur.decisions.is_empty() {
                needles.push("9751362".into());
            }
            for needle in needles {
                assert!(
                    text.contains(&needle),
                    "{label}: `{needle}` not in the extracted text"
                );
            }
            assert_within_margins(&r);
        }
    }
}

/// The vendored regular face, with where its `cmap` table is and each of its subtables
/// (format, offset from the file start).
fn dejavu_with_cmap() -> (Vec<u8>, std::ops::Range<usize>, Vec<(u16, usize)>) {
    let bytes = std::fs::read("fonts/DejaVuSansCondensed.ttf").unwrap();
    let u16_at = |b: &[u8], at: usize| usize::from(u16::from_be_bytes([b[at], b[at + 1]]));
    let u32_at =
        |b: &[u8], at: usize| u32::from_be_bytes(b[at..at + 4].try_into().unwrap()) as usize;
    let record = (0..u16_at(&bytes, 4))
        .map(|i| 12 + 16 * i)
        .find(|&at| &bytes[at..at + 4] == b"cmap")
        .expect("a cmap table");
    let cmap = u32_at(&bytes, record + 8);
    let end = cmap + u32_at(&bytes, record + 12);
    let subtables = (0..u16_at(&bytes, cmap + 2))
        .map(|i| {
            let at = cmap + u32_at(&bytes, cmap + 4 + 8 * i + 4);
            (u16_at(&bytes, at) as u16, at)
        })
        .collect();
    (bytes, cmap..end, subtables)
}

#[test]
fn a_font_with_a_damaged_cmap_loads_or_is_refused_quickly() {
    let (good, cmap, subtables) = dejavu_with_cmap();
    assert!(cmap.len() > 1000, "{cmap:?}");
    let format12 = subtables.iter().find(|s| s.0 == 12).expect("format 12").1;
    let format4 = subtables.iter().find(|s| s.0 == 4).expect("format 4").1;
    let mut cases: Vec<(String, Vec<u8>)> = Vec::new();
    // One byte: the first group's end code from U+00xx to U+FF0000xx (4 billion code points).
    let mut b = good.clone();
    b[format12 + 16 + 4] = 0xFF;
    cases.push(("format 12 group end".into(), b));
    // Every group ends at U+FFFFFFFF.
    let mut b = good.clone();
    let groups = u32::from_be_bytes(b[format12 + 12..format12 + 16].try_into().unwrap()) as usize;
    for g in 0..groups {
        b[format12 + 16 + 12 * g + 4..format12 + 16 + 12 * g + 8].fill(0xFF);
    }
    cases.push(("every format 12 group to U+FFFFFFFF".into(), b));
    // Every format 4 segment starts at U+0000 (each then covers up to 65,536 code points).
    let mut b = good.clone();
    let segments = usize::from(u16::from_be_bytes([b[format4 + 6], b[format4 + 7]])) / 2;
    let starts = format4 + 16 + 2 * segments;
    b[starts..starts + 2 * segments].fill(0);
    cases.push(("every format 4 segment from U+0000".into(), b));
    // The group count at its maximum.
    let mut b = good.clone();
    b[format12 + 12..format12 + 16].fill(0xFF);
    cases.push(("format 12 group count".into(), b));
    // Single bytes flipped across the whole cmap table.
    for at in (cmap.start..cmap.end).step_by(61) {
        let mut b = good.clone();
        b[at] ^= 0xFF;
        cases.push((format!("byte {at} flipped"), b));
    }
    for (what, bytes) in cases {
        let started = std::time::Instant::now();
        let result = FontFace::from_bytes(bytes);
        let took = started.elapsed();
        assert!(took < std::time::Duration::from_secs(5), "{what}: {took:?}");
        if let Ok(face) = result {
            // Whatever it maps, it maps each character once and still draws a letter.
            assert!(format!("{face:?}").contains("characters"), "{what}");
        }
    }
}

#[test]
fn right_to_left_and_shaped_text_is_refused_even_where_a_font_has_the_glyphs() {
    // DejaVu Sans Condensed itself has Hebrew, Arabic and Lao glyphs; DejaVu Sans
    // (fonts-dejavu-core) as a fallback too.
    let mut options = vec![PdfOptions::default()];
    let dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    if Path::new(dejavu).exists() {
        options.push(PdfOptions {
            fallback_font: Some(Arc::new(FontFace::load(dejavu).expect("font loads"))),
            ..PdfOptions::default()
        });
    }
    for opts in &options {
        for (text, ch, script, rtl) in [
            ("שרה כהן", 'ש', "Hebrew", true),
            ("أحمد", 'أ', "Arabic", true),
            ("ກາ", 'ກ', "Lao", false),
        ] {
            assert!(!pdf::covers(ch, opts), "{ch}");
            assert_eq!(pdf::first_uncovered(text, opts), Some(ch));
            let mut letter = english_letter();
            letter.sender[0] = text.into();
            match pdf::render(&letter, opts) {
                Err(e @ PdfError::UnsupportedScript { .. }) => {
                    let PdfError::UnsupportedScript {
                        ch: c,
                        problem,
                        context,
                    } = &e
                    else {
                        unreachable!()
                    };
                    assert_eq!((*c, context.as_str()), (ch, "sender"));
                    let expected = if rtl {
                        pdf::ScriptProblem::RightToLeft { script }
                    } else {
                        pdf::ScriptProblem::Shaping { script }
                    };
                    assert_eq!(*problem, expected);
                    let message = e.to_string();
                    assert!(
                        message.contains(&format!("the sender contains {ch:?}"))
                            && message.contains(&format!("{script} script"))
                            && message.contains("--format text"),
                        "{message}"
                    );
                }
                other => panic!("{text}: {other:?}"),
            }
        }
        // Letters of left-to-right scripts drawn one glyph each still pass.
        assert_eq!(pdf::first_uncovered(SENDER_NAME, opts), None);
    }
}

/// A form's font subsets hold its fixed text's characters (and Basic Latin, or the digits); the
/// glyphs of a sender's name beyond those come from small subsets of the letter's own, in both
/// weights (the name is bold in the sender block), and the text still round-trips.
#[test]
fn a_name_beyond_the_forms_glyphs_gets_subsets_of_its_own() {
    let font_names = |r: &Rendered| -> Vec<Vec<u8>> {
        let first = *r.doc.get_pages().values().next().expect("a page");
        let mut names: Vec<Vec<u8>> = r
            .doc
            .get_page_fonts(first)
            .expect("page fonts")
            .keys()
            .cloned()
            .collect();
        names.sort();
        names
    };
    // The regular face's form subset holds Basic Latin; the bold one the digits and what the
    // form's bold text draws (here the subject, "Request for access to … GDPR").
    let mut plain = english_letter();
    plain.sender[0] = "Dara Reus 1970".into();
    let plain = render(&plain, "plain-name");
    assert_eq!(
        font_names(&plain),
        [b"FRBOLD".to_vec(), b"FRSANS".to_vec()],
        "a name of the form's glyphs needs only the form's subsets"
    );
    let mut other = english_letter();
    other.sender[0] = "Jane Example".into();
    assert_eq!(
        font_names(&render(&other, "ascii-name")),
        [b"FRBOLD".to_vec(), b"FRBOLDL".to_vec(), b"FRSANS".to_vec()],
        "an ASCII name beyond the form's bold text gets its own bold subset only"
    );
    let name = "Ŧarić Ħabib Ϋ́λη Ъглеников";
    let mut letter = english_letter();
    letter.sender[0] = name.into();
    letter.signature = name.into();
    let r = render(&letter, "own-subsets");
    assert_eq!(
        font_names(&r),
        [
            b"FRBOLD".to_vec(),
            b"FRBOLDL".to_vec(),
            b"FRSANS".to_vec(),
            b"FRSANSL".to_vec()
        ]
    );
    assert!(r.text().contains(name), "{}", r.text());
    if let Some(text) = pdftotext(&r.bytes) {
        assert!(text.contains(name), "pdftotext lost the name:\n{text}");
    }
    assert_within_margins(&r);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("own.pdf");
    std::fs::write(&path, &r.bytes).expect("write");
    if let Ok(out) = Command::new("qpdf").arg("--check").arg(&path).output() {
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && !stdout.contains("WARNING"),
            "{stdout}"
        );
    }
    assert!(
        pdf::render(&letter, &PdfOptions::default()).expect("renders") == r.bytes,
        "same letter, same bytes"
    );
}
