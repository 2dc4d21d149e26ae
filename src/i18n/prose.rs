//! Catalogue keys for values of the model, so components never spell out a text themselves.

use super::{num, tr, Lang, T};
use crate::model::auction::{AuctionId, Verdict};
use crate::model::data::FactId;
use crate::model::data::SourceId;
use crate::model::risk::{Figure, Market, RiskRowId, Severity};
use crate::model::scenarios::Outcome;
use crate::model::url_state::IgnoreReason;
use crate::model::widgets::Widget;

pub fn reason_text(reason: IgnoreReason) -> T {
    match reason {
        IgnoreReason::UnknownKey => T::ReasonUnknownKey,
        IgnoreReason::InvalidValue => T::ReasonInvalid,
        IgnoreReason::Clamped => T::ReasonClamped,
        IgnoreReason::Rounded => T::ReasonRounded,
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

/// The source article's title, as published (the lesson's own words name it, never copy it).
pub const ARTICLE_TITLE: &str = "美債、日債攜手跳樓！日債拍賣需求崩跌，日本債務危機來臨？";

/// A consequence in words.
pub fn outcome_text(outcome: Outcome) -> T {
    match outcome {
        Outcome::CalmTaper => T::OutCalmTaper,
        Outcome::CalmPause => T::OutCalmPause,
        Outcome::CalmBuy => T::OutCalmBuy,
        Outcome::RisingTaper => T::OutRisingTaper,
        Outcome::RisingPause => T::OutRisingPause,
        Outcome::RisingBuy => T::OutRisingBuy,
        Outcome::FedEase => T::OutFedEase,
        Outcome::FedHold => T::OutFedHold,
        Outcome::FedTighten => T::OutFedTighten,
    }
}

/// A risk-table row's question.
pub fn risk_row_title(row: RiskRowId) -> T {
    match row {
        RiskRowId::AuctionDemand => T::RowAuction,
        RiskRowId::PriceSensitivity => T::RowPrice,
        RiskRowId::SecondaryMarket => T::RowSecondary,
        RiskRowId::CentralBankShare => T::RowCbShare,
        RiskRowId::MarketRisk => T::RowMarketRisk,
    }
}

/// A risk-table cell's summary, its figures filled from the data.
pub fn risk_summary(row: RiskRowId, market: Market, lang: Lang) -> String {
    use crate::model::data::{fact, fed_share_pct};
    let t = match (row, market) {
        (RiskRowId::AuctionDemand, Market::Jgb) => T::CellAuctionJgb,
        (RiskRowId::AuctionDemand, Market::Ust) => T::CellAuctionUst,
        (RiskRowId::PriceSensitivity, Market::Jgb) => T::CellPriceJgb,
        (RiskRowId::PriceSensitivity, Market::Ust) => T::CellPriceUst,
        (RiskRowId::SecondaryMarket, Market::Jgb) => T::CellSecondaryJgb,
        (RiskRowId::SecondaryMarket, Market::Ust) => T::CellSecondaryUst,
        (RiskRowId::CentralBankShare, Market::Jgb) => {
            let (excl, incl) = (
                fact(FactId::BojShareExcl202403),
                fact(FactId::BojShareIncl202503),
            );
            return tr::CellCbJgb {
                excl: &num(excl.value, 1),
                excl_date: excl.date,
                incl: &num(incl.value, 0),
                incl_date: incl.date,
            }
            .text(lang);
        }
        (RiskRowId::CentralBankShare, Market::Ust) => {
            return tr::CellCbUst {
                share: &num(fed_share_pct(), 1),
            }
            .text(lang);
        }
        (RiskRowId::MarketRisk, Market::Jgb) => T::CellRiskJgb,
        (RiskRowId::MarketRisk, Market::Ust) => T::CellRiskUst,
    };
    t.get(lang).to_string()
}

/// What an evidence figure is, in words (`{shock}` where it follows the lesson's shock).
pub fn figure_label(figure: Figure) -> T {
    match figure {
        Figure::FedShare => T::EvFedShare,
        Figure::UsAverageBtc(_) => T::EvUstAvgBtc,
        Figure::ShockLoss {
            yield_fact: FactId::Ust30y20250521,
            ..
        } => T::EvUst30Shock,
        Figure::ShockLoss { .. } => T::EvJgb30Shock,
        Figure::Fact(id) => fact_label(id),
    }
}

/// What a published figure is, where the lesson shows it as evidence.
pub fn fact_label(id: FactId) -> T {
    match id {
        FactId::Jgb20yAuctionMayBtc => T::EvJgbBtc,
        FactId::Jgb20yAuction12mAvgBtc => T::EvJgbAvgBtc,
        FactId::Jgb20yAuctionMayTail => T::EvJgbTail,
        FactId::Jgb20yAuctionAprilBtc => T::EvJgbBtcApril,
        FactId::Jgb20yAuctionAprilTail => T::EvJgbTailApril,
        FactId::Ust20yAuctionBtc => T::EvUstBtc,
        FactId::Ust20yAuctionIndirectPct => T::EvUstIndirect,
        FactId::Ust20yAuctionTailBp => T::EvUst20Tail,
        FactId::Ust10yAuctionTailBp => T::EvUst10Tail,
        FactId::Ust20yAuctionDealerPct => T::EvUstDealers,
        FactId::Ust20yAuctionHighYield => T::EvUst20,
        FactId::Jgb40y20250522 => T::EvJgb40,
        FactId::Jgb40yNewsPeak => T::EvJgb40News,
        FactId::Ust10y20250521 => T::EvUst10,
        FactId::Ust30y20250521 => T::EvUst30,
        FactId::BojShareExcl202403 => T::EvBojShare,
        FactId::BojShareIncl202503 => T::EvBojShareIncl2025,
        _ => T::EvOther,
    }
}

/// An auction preset's name.
pub fn auction_preset_title(id: AuctionId) -> T {
    match id {
        AuctionId::Jgb20yMay => T::PresetJgbMay,
        AuctionId::Jgb20yApril => T::PresetJgbApril,
        AuctionId::Ust20yMay => T::PresetUst20,
        AuctionId::Ust10yMay => T::PresetUst10,
    }
}

/// An auction's verdict in words: JGBs are weak, softer or firm; Treasuries tail, stop through
/// or come in as expected.
pub fn verdict_text(jgb: bool, verdict: Verdict) -> T {
    match (jgb, verdict) {
        (_, Verdict::Failed) => T::VerdictFailed,
        (true, Verdict::Weak) => T::VerdictJgbWeak,
        (true, Verdict::Firm) => T::VerdictJgbFirm,
        (true, _) => T::VerdictJgbSofter,
        (false, Verdict::Weak) => T::VerdictUstTail,
        (false, Verdict::Firm) => T::VerdictUstStop,
        (false, _) => T::VerdictUstInLine,
    }
}

/// A publisher's name as the reader sees it: proper names stay as published; in Chinese the
/// English connecting words ("via", an archive's description) are said in Chinese.
pub fn publisher_text(lang: Lang, publisher: &str) -> String {
    if lang == Lang::En {
        return publisher.to_string();
    }
    if let Some((name, carrier)) = publisher.split_once(" via ") {
        let carrier = zh_name(carrier);
        // A Latin name keeps a space from the Chinese around it; a Chinese one needs none.
        let carrier = if carrier.starts_with(|c: char| c.is_ascii()) {
            format!(" {carrier} ")
        } else {
            carrier
        };
        return format!("{}，經{carrier}轉載", zh_name(name));
    }
    match publisher.split_once(" (") {
        Some((name, "FRASER archive)")) => format!("{}，FRASER 檔案庫", zh_name(name)),
        Some((name, "Fiscal System Council)")) => format!("{}，財政制度等審議會", zh_name(name)),
        _ => zh_name(publisher),
    }
}

/// A publisher's name in Chinese as the lesson's text calls it, with the name it publishes
/// under, so the reader finds both: 「日本財務省（Ministry of Finance Japan）」.
fn zh_name(name: &str) -> String {
    let zh = match name {
        "Ministry of Finance Japan" => "日本財務省",
        "Bank of Japan" => "日本銀行",
        "Federal Reserve Board" => "美國聯準會",
        "U.S. Department of the Treasury" => "美國財政部",
        "U.S. Treasury Fiscal Data" => "美國財政部財政資料",
        "Reuters" => "路透社",
        "Jiji Press" => "時事通信社",
        "Moody's Ratings" => "穆迪",
        "CNA" => "亞洲新聞台",
        "The Japan News" => "讀賣新聞英文版",
        _ => return name.to_string(),
    };
    format!("{zh}（{name}）")
}

/// An as-of date as the reader sees it: a fiscal year ("FY2025") is "2025 年度" in Chinese.
pub fn as_of_text(lang: Lang, date: &str) -> String {
    match (lang, date.strip_prefix("FY")) {
        (Lang::ZhHant, Some(year)) => tr::FiscalYear { year }.text(lang),
        _ => date.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::data::SourceId;

    /// Latin-script words a Chinese source note may keep: publishers' proper names, series
    /// names and units.
    const ALLOWED_LATIN: &[&str] = &[
        "Ministry of Finance Japan",
        "U.S. Department of the Treasury",
        "U.S. Treasury Fiscal Data",
        "Federal Reserve Board",
        "Bank of Japan",
        "Moody's Ratings",
        "MNI Market News",
        "Jiji Press",
        "The Japan News",
        "Business Recorder",
        "Reuters",
        "FRASER",
        "CNA",
        "NHK",
        "H.4.1",
        "H.15",
        "Aaa",
        "Aa1",
        "FY",
    ];

    fn latin_sentences(text: &str) -> Vec<String> {
        let mut rest = text.to_string();
        for name in ALLOWED_LATIN {
            rest = rest.replace(name, " ");
        }
        // Two Latin words in a row, with only spaces between, are a sentence left untranslated.
        rest.split(|c: char| !c.is_ascii_alphabetic() && c != ' ')
            .map(|run| {
                run.split_whitespace()
                    .filter(|w| w.len() > 1)
                    .collect::<Vec<_>>()
            })
            .filter(|words| words.len() >= 2)
            .map(|words| words.join(" "))
            .collect()
    }

    #[test]
    fn chinese_source_notes_hold_no_english_sentences() {
        for id in SourceId::ALL {
            let src = id.get();
            let mut parts = vec![
                source_title(id).zh().to_string(),
                publisher_text(Lang::ZhHant, src.publisher),
            ];
            if let Some(c) = source_caveat(id) {
                parts.push(c.zh().to_string());
            }
            for part in parts {
                let latin = latin_sentences(&part);
                assert!(
                    latin.is_empty(),
                    "{id:?}: English left in the Chinese note: {latin:?} in {part}"
                );
            }
        }
        // The test can fail: an untranslated caveat is caught.
        assert!(!latin_sentences("注意：Book value, not market value.").is_empty());
    }

    #[test]
    fn publishers_keep_their_names_and_lose_english_links_in_chinese() {
        assert_eq!(
            publisher_text(Lang::ZhHant, "Reuters via CNA"),
            "路透社（Reuters），經亞洲新聞台（CNA）轉載"
        );
        assert_eq!(
            publisher_text(Lang::ZhHant, "Reuters via Business Recorder"),
            "路透社（Reuters），經 Business Recorder 轉載"
        );
        assert_eq!(
            publisher_text(
                Lang::ZhHant,
                "Ministry of Finance Japan (Fiscal System Council)"
            ),
            "日本財務省（Ministry of Finance Japan），財政制度等審議會"
        );
        assert_eq!(
            publisher_text(Lang::En, "Reuters via CNA"),
            "Reuters via CNA"
        );
        assert_eq!(as_of_text(Lang::ZhHant, "FY2025"), "2025 年度");
        assert_eq!(as_of_text(Lang::En, "FY2025"), "FY2025");
    }
}
