//! JSON Lines rows: one object per line, keys as column names, duplicates kept so that they are
//! refused like duplicate CSV headers; the values become a record read as every input is
//! ([`Cells::read`]).

use super::{Cells, Column, Row, RowError};
use crate::printable::printable;
use crate::request::Field;

/// One JSON Lines row: an object whose keys are the column names. `address` may be a string or
/// an array of lines; `photo_enclosed` a boolean or a string.
pub(super) fn json_row(number: usize, line: &str) -> Result<Row, RowError> {
    let err = |column: Option<&'static str>, message: String| RowError {
        number,
        column,
        message,
    };
    let JsonObject(entries) =
        serde_json::from_str(line).map_err(|e| err(None, format!("is not valid JSON: {e}")))?;
    let mut columns: Vec<Column> = Vec::with_capacity(entries.len());
    let mut record = csv::StringRecord::new();
    for (k, v) in &entries {
        let c = Column::parse(k).ok_or_else(|| {
            err(
                None,
                format!(
                    "unknown key `{}`; known keys: {}",
                    printable(k),
                    Column::ALL.map(Column::name).join(", ")
                ),
            )
        })?;
        if columns.contains(&c) {
            let also = if k == c.name() {
                String::new()
            } else {
                format!(" (once as `{}`)", printable(k))
            };
            return Err(err(None, format!("key `{}` appears twice{also}", c.name())));
        }
        let text = match v {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Bool(b) => b.to_string(),
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Array(items) if c == Column::Of(Field::Address) => items
                .iter()
                .map(|i| {
                    i.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| err(Some(c.name()), "address lines must be strings".into()))
                })
                .collect::<Result<Vec<_>, _>>()?
                .join("\n"),
            _ => return Err(err(Some(c.name()), "must be a string".into())),
        };
        columns.push(c);
        record.push_field(&text);
    }
    let cells = Cells::read(number, &Column::header(&columns), &record)?;
    Ok(Row { number, cells })
}

/// A JSON object's entries in order, duplicates kept (serde_json's maps keep only the last), so
/// that a key given twice is reported instead of one value silently winning.
struct JsonObject(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for JsonObject {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = JsonObject;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<JsonObject, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(JsonObject(entries))
            }
        }
        d.deserialize_map(Entries)
    }
}
