//! PDF rendering benchmark: renders generated letters and prints ms/letter and bytes/letter.
//!
//! `cargo bench --bench pdf` (release profile). Optional first argument: the number of letters
//! (default 400). Letters rotate through English, German, Polish, Greek and Bulgarian text, and
//! each has a different sender (name, address, reference) in Latin, Greek or Cyrillic letters.
//!
//! Two runs: "shared forms", as in a batch, where letters in one language share everything but
//! the sender's parts (five forms in all); and "unique forms", where the sender's name is also in
//! the subject, so no two letters share anything but the font subsets (the cost of a first
//! letter, and of `generate`).

use std::time::Instant;

use chrono::NaiveDate;
use facerights::letter::{Block, Letter};
use facerights::render::pdf::{self, PdfOptions};

const PARAGRAPHS: [(&str, &str, &[&str]); 5] = [
    (
        "en",
        "Dear Sir or Madam,",
        &[
            "I am writing to make a request for access to my personal data under Article 15 of \
             the General Data Protection Regulation. Clearview AI collects images of faces from \
             the public internet and derives biometric templates from them.",
            "Please confirm whether or not you process personal data concerning me and, where \
             that is the case, give me a copy of all such data, including every image, the URL \
             of the page where it was found and the date it was collected.",
            "You must answer this request without undue delay and in any event within one month \
             of receipt (Article 12(3) GDPR).",
        ],
    ),
    (
        "de",
        "Sehr geehrte Damen und Herren,",
        &[
            "hiermit mache ich mein Recht auf Auskunft nach Art. 15 der Datenschutz-Grundverordnung \
             geltend. Clearview AI sammelt Gesichtsbilder aus dem öffentlich zugänglichen Internet \
             und erstellt daraus biometrische Merkmale.",
            "Bitte bestätigen Sie, ob Sie mich betreffende personenbezogene Daten verarbeiten, und \
             stellen Sie mir gegebenenfalls eine Kopie dieser Daten zur Verfügung, einschließlich \
             aller Bilder, der Fundstellen und des Erhebungsdatums.",
            "Sie müssen unverzüglich, spätestens aber innerhalb eines Monats nach Eingang antworten \
             (Art. 12 Abs. 3 DSGVO).",
        ],
    ),
    (
        "pl",
        "Szanowni Państwo,",
        &[
            "na podstawie art. 15 ogólnego rozporządzenia o ochronie danych żądam dostępu do moich \
             danych osobowych. Clearview AI pozyskuje wizerunki twarzy z publicznie dostępnych \
             stron internetowych i tworzy na ich podstawie wzorce biometryczne.",
            "Proszę o potwierdzenie, czy przetwarzają Państwo moje dane osobowe, a jeżeli tak, o \
             przekazanie kopii wszystkich tych danych, w tym każdego zdjęcia, adresu strony, z \
             której je pozyskano, oraz daty jego pozyskania.",
            "Odpowiedź powinna zostać udzielona bez zbędnej zwłoki, w każdym razie w terminie \
             miesiąca od otrzymania żądania (art. 12 ust. 3 RODO).",
        ],
    ),
    (
        "el",
        "Αξιότιμη κυρία, αξιότιμε κύριε,",
        &[
            "Με την παρούσα ασκώ το δικαίωμα πρόσβασης που μου παρέχει το άρθρο 15 του Γενικού \
             Κανονισμού για την Προστασία Δεδομένων. Η Clearview AI συλλέγει φωτογραφίες προσώπων \
             από το διαδίκτυο και εξάγει από αυτές βιομετρικά δεδομένα.",
            "Παρακαλώ επιβεβαιώστε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν \
             και, εφόσον ισχύει, χορηγήστε μου αντίγραφο όλων των δεδομένων.",
            "Οφείλετε να απαντήσετε χωρίς αδικαιολόγητη καθυστέρηση και σε κάθε περίπτωση εντός \
             ενός μηνός από την παραλαβή του αιτήματος.",
        ],
    ),
    (
        "bg",
        "Уважаеми госпожи и господа,",
        &[
            "С настоящото упражнявам правото си на достъп по член 15 от Общия регламент относно \
             защитата на данните. Clearview AI събира изображения на лица от интернет и извлича \
             от тях биометрични данни.",
            "Моля, потвърдете дали обработвате лични данни, отнасящи се до мен, и ако това е \
             така, предоставете ми копие от всички тези данни.",
            "Трябва да отговорите без ненужно забавяне и във всички случаи в срок от един месец \
             от получаването на искането.",
        ],
    ),
];

const GIVEN: [&str; 8] = [
    "Anna",
    "Józef",
    "Ζωή",
    "Мария",
    "Søren",
    "Þóra",
    "Zoë",
    "Łukasz",
];
const FAMILY: [&str; 7] = [
    "Nowak",
    "Müller",
    "Παπαδοπούλου",
    "Иванова",
    "Ó Briain",
    "Ștefănescu",
    "Kovač",
];

fn letter(i: usize, unique: bool) -> Letter {
    let (language, salutation, paragraphs) = PARAGRAPHS[i % PARAGRAPHS.len()];
    let name = format!("{} {}", GIVEN[i % GIVEN.len()], FAMILY[i % FAMILY.len()]);
    let mut body: Vec<Block> = Vec::new();
    for round in 0..3 {
        if round == 1 {
            body.push(Block::Heading(
                paragraphs[0].split('.').next().unwrap_or("").into(),
            ));
        }
        body.extend(paragraphs.iter().map(|p| Block::Paragraph((*p).into())));
        if round == 2 {
            body.push(Block::Bullets(
                paragraphs
                    .iter()
                    .map(|p| p.chars().take(60).collect())
                    .collect(),
            ));
        }
    }
    Letter {
        language: language.into(),
        date: NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"),
        sender: vec![
            name.clone(),
            format!("{} Example Street", i + 1),
            "1000 City".into(),
            format!("person{i}@example.org"),
        ],
        recipient: vec![
            "Clearview AI, Inc.".into(),
            "99 Wall Street #5730".into(),
            "New York, NY 10005".into(),
            "USA".into(),
        ],
        place_date: "21.11.2026".into(),
        reference: Some(format!("Ref. {i}")),
        subject: if unique {
            format!("Art. 15 GDPR — {name}, no. {i}")
        } else {
            "Art. 15 GDPR".into()
        },
        salutation: salutation.into(),
        body,
        closing: "—".into(),
        signature: name,
        enclosures_label: "Enclosure".into(),
        enclosures: vec!["Photograph".into()],
        page_label: "{page}/{pages}".into(),
        paper: Default::default(),
    }
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(400);
    let opts = PdfOptions::default();
    let start = Instant::now();
    let first = pdf::render(&letter(0, true), &opts).expect("renders");
    println!(
        "first letter (includes parsing the fonts): {:.1} ms, {} bytes",
        start.elapsed().as_secs_f64() * 1e3,
        first.len()
    );
    for (label, unique) in [("shared forms", false), ("unique forms", true)] {
        // The parallel pass gets letters of its own (other senders): with unique forms none of
        // them is in a cache the serial pass filled; with shared forms the five forms are (as in
        // a batch after its first letters).
        run(
            label,
            &(0..n).map(|i| letter(i, unique)).collect::<Vec<_>>(),
            &(n..2 * n).map(|i| letter(i, unique)).collect::<Vec<_>>(),
            &opts,
        );
    }
}

fn run(label: &str, letters: &[Letter], fresh: &[Letter], opts: &PdfOptions) {
    let n = letters.len();
    let start = Instant::now();
    let outputs: Vec<Vec<u8>> = letters
        .iter()
        .map(|l| pdf::render(l, opts).expect("renders"))
        .collect();
    let elapsed = start.elapsed().as_secs_f64();
    let bytes: usize = outputs.iter().map(Vec::len).sum();
    let pages: usize = outputs.iter().map(|pdf| count_pages(pdf)).sum();

    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let start = Instant::now();
    std::thread::scope(|s| {
        for t in 0..threads {
            s.spawn(move || {
                for l in fresh.iter().skip(t).step_by(threads) {
                    pdf::render(l, opts).expect("renders");
                }
            });
        }
    });
    let parallel = start.elapsed().as_secs_f64();
    println!(
        "{label}: {n} letters, 1 thread: {:.3} ms/letter, {:.0} letters/s, {:.0} bytes/letter, {:.2} pages/letter",
        elapsed * 1e3 / n as f64,
        n as f64 / elapsed,
        bytes as f64 / n as f64,
        pages as f64 / n as f64,
    );
    println!(
        "{label}: {n} letters, {threads} threads: {:.3} ms/letter wall, {:.0} letters/s",
        parallel * 1e3 / n as f64,
        n as f64 / parallel
    );
}

/// Page count from the page tree's /Count (good enough for a benchmark).
fn count_pages(pdf: &[u8]) -> usize {
    let doc = lopdf::Document::load_mem(pdf).expect("parses");
    doc.get_pages().len()
}
