//! A row's cells: the columns a batch file may have, and the one type every input's rows are read
//! into through serde ([`Cells`]).

use crate::request::Field;

/// The columns a batch file may have (header names, case-insensitive): a request field's
/// column (name, flag and help are the field's, `request::Field`), or the output file's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Of(Field),
    File,
}

impl Column {
    /// Every column, in the template's order (`--recipient-address` is a flag only).
    pub const ALL: [Column; 16] = [
        Column::Of(Field::Name),
        Column::Of(Field::Email),
        Column::Of(Field::Address),
        Column::Of(Field::Jurisdiction),
        Column::Of(Field::Language),
        Column::Of(Field::Request),
        Column::Of(Field::Place),
        Column::Of(Field::Date),
        Column::Of(Field::PhotoEnclosed),
        Column::Of(Field::Reference),
        Column::Of(Field::ObjectionGrounds),
        Column::Of(Field::FirstRequest),
        Column::Of(Field::Received),
        Column::Of(Field::Outcome),
        Column::Of(Field::Reminded),
        Column::File,
    ];
    pub const REQUIRED: [Column; 3] = [
        Column::Of(Field::Name),
        Column::Of(Field::Jurisdiction),
        Column::Of(Field::Request),
    ];

    /// The request field a column holds (every column but `file`).
    pub fn field(self) -> Option<Field> {
        match self {
            Column::Of(f) => Some(f),
            Column::File => None,
        }
    }

    /// The header name: the field's column name (`request::Field::column`), or `file`.
    pub fn name(self) -> &'static str {
        self.field().map_or("file", Field::column)
    }

    /// What the column holds, for `--print-template` and the README: the field's help
    /// (`request::Field::help`, shared with the flags), or the file name's.
    pub fn help(self) -> &'static str {
        self.field().map_or(
            "output file name (default: from reference or name and request)",
            Field::help,
        )
    }

    /// The canonical header of `columns`: what [`Cells::read`] names a record's fields by.
    pub fn header(columns: &[Column]) -> csv::StringRecord {
        columns.iter().map(|c| c.name()).collect()
    }

    /// A header name, ignoring case and separators ("E-Mail", "Photo enclosed", "photo_enclosed").
    pub(super) fn parse(header: &str) -> Option<Column> {
        let squash = |s: &str| -> String {
            s.trim()
                .chars()
                .filter(|c| !matches!(c, ' ' | '-' | '_'))
                .flat_map(char::to_lowercase)
                .collect()
        };
        let h = squash(header);
        Column::ALL.into_iter().find(|c| {
            squash(c.name()) == h || (h == "photo" && *c == Column::Of(Field::PhotoEnclosed))
        })
    }
}

/// One input row: its number as a spreadsheet shows it (header = row 1) and its cells.
#[derive(Debug, Clone)]
pub struct Row {
    pub number: usize,
    pub cells: Cells,
}

/// A row's cells, read through serde from the same record whatever the input (CSV, JSON Lines or
/// a spreadsheet; see [`Cells::read`]): one field per column, named as the column is
/// ([`Column::name`], which a test checks), `None` for a column the file lacks or a blank cell.
/// Every cell is text; what it means is for the validation (`request::RequestInput`).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cells {
    #[serde(default, deserialize_with = "cell")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub email: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub address: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub jurisdiction: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub language: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub request: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub place: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub date: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub photo_enclosed: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub reference: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub objection_grounds: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub first_request: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub received: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub outcome: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub reminded: Option<String>,
    #[serde(default, deserialize_with = "cell")]
    pub file: Option<String>,
}

/// A cell's text; blank (empty or only spaces) is no value. Read as a string whatever it looks
/// like: "007" stays "007", "1e3" and "true" stay text.
fn cell<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let text: Option<String> = serde::Deserialize::deserialize(d)?;
    Ok(text.filter(|t| !t.trim().is_empty()))
}

impl Cells {
    /// The cells of `record`, whose fields are named by `header` (canonical column names, as
    /// [`Column::header`] gives them; a record shorter than the header lacks the last columns).
    /// The one way every input becomes cells.
    pub fn read(
        number: usize,
        header: &csv::StringRecord,
        record: &csv::StringRecord,
    ) -> Result<Cells, RowError> {
        record.deserialize(Some(header)).map_err(|e| {
            let (field, message) = match e.into_kind() {
                csv::ErrorKind::Deserialize { err, .. } => (
                    err.field(),
                    match err.kind() {
                        csv::DeserializeErrorKind::Message(m) => m.clone(),
                        other => other.to_string(),
                    },
                ),
                other => (None, format!("{other:?}")),
            };
            RowError {
                number,
                column: field
                    .and_then(|i| header.get(usize::try_from(i).ok()?))
                    .and_then(Column::parse)
                    .map(Column::name),
                message,
            }
        })
    }
}

/// A row that could not be read at all (broken quoting, wrong field count, bad JSON).
#[derive(Debug, Clone)]
pub struct RowError {
    pub number: usize,
    pub column: Option<&'static str>,
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_is_a_field_of_the_cells_by_its_name() {
        for c in Column::ALL {
            let header = Column::header(&[c]);
            let record = csv::StringRecord::from(vec![c.name()]);
            let cells = Cells::read(2, &header, &record).expect("a known column");
            assert_ne!(cells, Cells::default(), "{}", c.name());
            let shown = format!("{cells:?}");
            assert!(
                shown.contains(&format!("{}: Some({:?})", c.name(), c.name())),
                "{shown}"
            );
        }
        let unknown = Cells::read(
            2,
            &csv::StringRecord::from(vec!["nickname"]),
            &csv::StringRecord::from(vec!["x"]),
        );
        assert!(unknown.is_err());
    }

    #[test]
    fn cells_are_text_and_blank_is_none() {
        let header = Column::header(&[
            Column::Of(Field::Reference),
            Column::Of(Field::PhotoEnclosed),
            Column::Of(Field::Place),
        ]);
        let record = csv::StringRecord::from(vec!["007", "  ", "1e3"]);
        let cells = Cells::read(2, &header, &record).expect("cells");
        assert_eq!(cells.reference.as_deref(), Some("007"));
        assert_eq!(cells.photo_enclosed, None);
        assert_eq!(cells.place.as_deref(), Some("1e3"));
        // A record shorter than the header (a spreadsheet drops trailing empty cells).
        let short = Cells::read(2, &header, &csv::StringRecord::from(vec!["A-1"])).expect("cells");
        assert_eq!(short.reference.as_deref(), Some("A-1"));
        assert_eq!((short.photo_enclosed, short.place), (None, None));
    }
}
