//! Catalogue keys for values of the model, so components never spell out a text themselves.

use super::T;
use crate::model::risk::Severity;
use crate::model::url_state::IgnoreReason;
use crate::model::widgets::Widget;

pub fn reason_text(reason: IgnoreReason) -> T {
    match reason {
        IgnoreReason::UnknownKey => T::ReasonUnknownKey,
        IgnoreReason::InvalidValue => T::ReasonInvalid,
        IgnoreReason::Clamped => T::ReasonClamped,
        IgnoreReason::UnknownVersion => T::ReasonVersion,
        IgnoreReason::Repeated => T::ReasonRepeated,
        IgnoreReason::TooLong => T::ReasonTooLong,
    }
}

pub fn widget_title(widget: Widget) -> T {
    match widget {
        Widget::YieldLab => T::WYieldLab,
        Widget::JgbYields => T::WJgbYields,
        Widget::UstCandles => T::WUstCandles,
        Widget::May2025 => T::WMay2025,
        Widget::YieldCurve => T::WYieldCurve,
        Widget::Auction => T::WAuction,
        Widget::Holdings => T::WHoldings,
        Widget::Taper => T::WTaper,
        Widget::FiscalLoop => T::WFiscalLoop,
        Widget::Scenarios => T::WScenarios,
        Widget::RiskTable => T::WRiskTable,
    }
}

pub fn severity_text(severity: Severity) -> T {
    match severity {
        Severity::Low => T::SevLow,
        Severity::Moderate => T::SevModerate,
        Severity::High => T::SevHigh,
        Severity::Severe => T::SevSevere,
    }
}
