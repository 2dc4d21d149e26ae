//! Catalogue keys for values of the model, so components never spell out a text themselves.

use super::T;
use crate::model::data::SourceId;
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

/// What a source is, in the reader's language (the publisher's name stays as published).
pub fn source_title(id: SourceId) -> T {
    match id {
        SourceId::MofYields => T::SrcMofYields,
        SourceId::UstYields => T::SrcUstYields,
        SourceId::JgbAuction20y => T::SrcJgbAuction20y,
        SourceId::JgbAuctionJune => T::SrcJgbAuctionJune,
        SourceId::UstAuctionMay => T::SrcUstAuctionMay,
        SourceId::UstAuctions => T::SrcUstAuctions,
        SourceId::JgbAuctions2025 => T::SrcJgbAuctions2025,
        SourceId::BojFlowOfFunds => T::SrcBojFlowOfFunds,
        SourceId::BojFlowOfFundsIncl => T::SrcBojFlowOfFundsIncl,
        SourceId::BojFlowOfFunds2025 => T::SrcBojFlowOfFunds2025,
        SourceId::BojAccounts => T::SrcBojAccounts,
        SourceId::FedH41 => T::SrcFedH41,
        SourceId::FedH41Archive => T::SrcFedH41Archive,
        SourceId::UstMarketable => T::SrcUstMarketable,
        SourceId::MofDebt => T::SrcMofDebt,
        SourceId::BudgetDebtService => T::SrcBudgetDebtService,
        SourceId::BudgetInterest => T::SrcBudgetInterest,
        SourceId::BojTaperPlan => T::SrcBojTaperPlan,
        SourceId::BojTaperReview => T::SrcBojTaperReview,
        SourceId::Moodys => T::SrcMoodys,
        SourceId::NewsPeaks => T::SrcNewsPeaks,
        SourceId::MofInterest => T::SrcMofInterest,
    }
}

/// What a reader should know before trusting a source's figures, where anything.
pub fn source_caveat(id: SourceId) -> Option<T> {
    Some(match id {
        SourceId::MofYields => T::CavMofYields,
        SourceId::UstYields => T::CavUstYields,
        SourceId::JgbAuction20y => T::CavJgbAuction20y,
        SourceId::JgbAuctionJune => T::CavJgbAuctionJune,
        SourceId::UstAuctionMay => T::CavUstAuctionMay,
        SourceId::UstAuctions => T::CavUstAuctions,
        SourceId::JgbAuctions2025 => T::CavJgbAuctions2025,
        SourceId::BojFlowOfFunds => T::CavBojFlowOfFunds,
        SourceId::BojFlowOfFundsIncl => T::CavBojFlowOfFundsIncl,
        SourceId::BojFlowOfFunds2025 => T::CavBojFlowOfFunds2025,
        SourceId::BojAccounts => T::CavBojAccounts,
        SourceId::FedH41Archive => T::CavFedH41Archive,
        SourceId::UstMarketable => T::CavUstMarketable,
        SourceId::MofDebt => T::CavMofDebt,
        SourceId::BudgetDebtService => T::CavBudgetDebtService,
        SourceId::BudgetInterest => T::CavBudgetInterest,
        SourceId::BojTaperPlan => T::CavBojTaperPlan,
        SourceId::NewsPeaks => T::CavNewsPeaks,
        SourceId::MofInterest => T::CavMofInterest,
        SourceId::FedH41 | SourceId::BojTaperReview | SourceId::Moodys => return None,
    })
}
