//! Teaching: predictions before answers, the closing check, the glossary and the ending.

pub mod glossary;
pub mod prediction;
pub mod quiz;
pub mod teacher;
