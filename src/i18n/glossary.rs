//! The glossary's terms: names and definitions in the catalogue, and the words that mark a
//! term's use in the prose, so each section can link a term's first use to its definition.

use super::{Lang, T};

macro_rules! terms {
    ($($term:ident $id:literal $name:ident $def:ident [$($en:literal),*] [$($zh:literal),*]),* $(,)?) => {
        /// A glossary term.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Term { $($term),* }

        impl Term {
            pub const ALL: &'static [Term] = &[$(Term::$term),*];
            /// The anchor of its entry (`#g-…`).
            pub fn id(self) -> &'static str { match self { $(Term::$term => $id),* } }
            /// Its name and definition in the catalogue.
            pub fn name(self) -> T { match self { $(Term::$term => T::$name),* } }
            pub fn definition(self) -> T { match self { $(Term::$term => T::$def),* } }
            /// The words that mark a use of the term in each language.
            pub fn forms(self, lang: Lang) -> &'static [&'static str] {
                match (self, lang) {
                    $((Term::$term, Lang::En) => &[$($en),*], (Term::$term, Lang::ZhHant) => &[$($zh),*]),*
                }
            }
        }
    };
}

terms! {
    Yield "yield" GlYield GlDefYield ["yields", "yield"] ["殖利率"],
    BasisPoint "basis-point" GlBasisPoint GlDefBasisPoint ["basis point", "bp"] ["基點"],
    Coupon "coupon" GlCoupon GlDefCoupon ["coupon"] ["票面利率"],
    Par "par" GlPar GlDefPar ["par bond", "par"] ["平價債"],
    FaceValue "face-value" GlFaceValue GlDefFaceValue ["face value"] ["面額"],
    Maturity "maturity" GlMaturity GlDefMaturity ["maturities", "maturity"] ["年期"],
    Duration "duration" GlDuration GlDefDuration ["duration"] ["存續期間"],
    Convexity "convexity" GlConvexity GlDefConvexity ["convexity"] ["凸性"],
    Dv01 "dv01" GlDv01 GlDefDv01 ["DV01"] ["DV01"],
    BidToCover "bid-to-cover" GlBidToCover GlDefBidToCover ["bid-to-cover"] ["投標倍數"],
    Tail "tail" GlTail GlDefTail ["tail"] ["尾差"],
    WhenIssued "when-issued" GlWhenIssued GlDefWhenIssued ["when-issued"] ["發行前交易殖利率"],
    StopThrough "stop-through" GlStopThrough GlDefStopThrough ["stop-through"] ["得標優於預期"],
    HighYield "high-yield" GlHighYield GlDefHighYield ["high yield"] ["得標殖利率"],
    SinglePrice "single-price" GlSinglePrice GlDefSinglePrice ["single price", "single-price"] ["單一價格"],
    MultiplePrice "multiple-price" GlMultiplePrice GlDefMultiplePrice ["multiple-price"] ["複數價格"],
    PrimaryDealer "primary-dealer" GlPrimaryDealer GlDefPrimaryDealer ["primary dealers", "primary dealer"] ["初級交易商"],
    IndirectBidder "indirect-bidder" GlIndirectBidder GlDefIndirectBidder ["indirect bidders", "indirect bidder"] ["間接投標者"],
    PrimaryMarket "primary-market" GlPrimaryMarket GlDefPrimaryMarket ["primary market"] ["初級市場"],
    SecondaryMarket "secondary-market" GlSecondaryMarket GlDefSecondaryMarket ["secondary market"] ["次級市場"],
    ConstantMaturity "constant-maturity" GlConstantMaturity GlDefConstantMaturity ["constant-maturity"] ["固定年期"],
    Benchmark "benchmark" GlBenchmark GlDefBenchmark ["benchmark"] ["指標債"],
    SuperLong "super-long" GlSuperLong GlDefSuperLong ["super-long"] ["超長天期"],
    YieldCurve "yield-curve" GlYieldCurve GlDefYieldCurve ["yield curve"] ["殖利率曲線"],
    Qe "qe" GlQe GlDefQe ["quantitative easing"] ["量化寬鬆"],
    Qt "qt" GlQt GlDefQt ["quantitative tightening", "QT"] ["量化緊縮"],
    Ycc "ycc" GlYcc GlDefYcc ["yield-curve control"] ["殖利率曲線控制"],
    TBills "t-bills" GlTBills GlDefTBills ["T-bills"] ["國庫券"],
    Taper "taper" GlTaper GlDefTaper ["buying less", "purchase cuts"] ["減少購債", "縮減購債"],
    DebtService "debt-service" GlDebtService GlDefDebtService ["debt service"] ["債務費用"],
    Unrealised "unrealised" GlUnrealised GlDefUnrealised ["unrealised"] ["未實現"],
    CreditRating "credit-rating" GlCreditRating GlDefCreditRating ["rating"] ["信用評等"],
    Jgb "jgb" GlJgb GlDefJgb ["JGBs", "JGB"] ["日債", "日本公債"],
    Ust "treasury" GlUst GlDefUst ["Treasuries", "Treasury"] ["美債", "美國公債"],
}

/// A stretch of prose: plain text, or a term's first use in its section.
#[derive(Clone, Debug, PartialEq)]
pub enum Segment {
    Text(String),
    Term(Term, String),
}

/// Whether a match at `at..at+len` stands alone as a word (Latin script only: CJK has no spaces).
fn whole_word(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    let joins = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-');
    !joins(before) && !joins(after)
}

/// Splits prose so the first use of each term not yet `seen` in this section is a term segment;
/// `seen` grows with the terms linked. Longer forms win where two overlap ("yield curve" over
/// "yield").
pub fn link_terms(text: &str, lang: Lang, seen: &mut Vec<Term>) -> Vec<Segment> {
    // Every use of every unseen term: (start, end, term).
    let mut found: Vec<(usize, usize, Term)> = Vec::new();
    for &term in Term::ALL.iter().filter(|t| !seen.contains(t)) {
        for form in term.forms(lang) {
            found.extend(
                text.match_indices(form)
                    .filter(|(at, _)| match lang {
                        Lang::En => whole_word(text, *at, form.len()),
                        // "40 年期" names a bond, not the idea of maturity: not linked.
                        Lang::ZhHant => !after_a_number(text, *at),
                    })
                    .map(|(at, _)| (at, at + form.len(), term)),
            );
        }
    }
    // Left to right, the longest at each place; a use inside one already taken drops out, and a
    // term is linked at its first use that stands free.
    found.sort_by_key(|(at, end, _)| (*at, usize::MAX - end));
    let mut out = Vec::new();
    let mut pos = 0;
    for (at, end, term) in found {
        if at < pos || seen.contains(&term) {
            continue;
        }
        if at > pos {
            out.push(Segment::Text(text[pos..at].to_string()));
        }
        out.push(Segment::Term(term, text[at..end].to_string()));
        seen.push(term);
        pos = end;
    }
    if pos < text.len() {
        out.push(Segment::Text(text[pos..].to_string()));
    }
    out
}

/// True when the text before `at` ends in a number (spaces aside).
fn after_a_number(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numbered_maturity_is_not_the_term() {
        let mut seen = Vec::new();
        let out = link_terms("40 年期日債的年期很長", Lang::ZhHant, &mut seen);
        // The first "年期" stays text; the one after "的" is the link.
        assert!(
            matches!(&out[0], Segment::Text(t) if t == "40 年期"),
            "{out:?}"
        );
        assert!(out
            .iter()
            .any(|s| matches!(s, Segment::Term(Term::Maturity, t) if t == "年期")));
    }

    #[test]
    fn every_term_has_a_name_a_definition_and_forms_in_both_languages() {
        assert!(Term::ALL.len() >= 25);
        for &t in Term::ALL {
            for lang in [Lang::En, Lang::ZhHant] {
                assert!(!t.forms(lang).is_empty());
            }
        }
        let ids: std::collections::HashSet<_> = Term::ALL.iter().map(|t| t.id()).collect();
        assert_eq!(ids.len(), Term::ALL.len());
    }

    #[test]
    fn first_uses_are_linked_once_per_section_longest_first() {
        let mut seen = Vec::new();
        let s = link_terms(
            "The yield curve steepened as yields rose; the yield curve again.",
            Lang::En,
            &mut seen,
        );
        assert_eq!(s[1], Segment::Term(Term::YieldCurve, "yield curve".into()));
        assert!(s.contains(&Segment::Term(Term::Yield, "yields".into())));
        assert_eq!(
            s.iter().filter(|x| matches!(x, Segment::Term(..))).count(),
            2
        );
        // Already linked in this section: plain text the second time.
        let again = link_terms("The yield rose.", Lang::En, &mut seen);
        assert_eq!(again, vec![Segment::Text("The yield rose.".into())]);
        // Words inside words are not terms.
        let mut fresh = Vec::new();
        assert!(link_terms("Retail", Lang::En, &mut fresh)
            .iter()
            .all(|x| matches!(x, Segment::Text(_))));
        let zh = link_terms(
            "殖利率曲線變陡，殖利率上升。",
            Lang::ZhHant,
            &mut Vec::new(),
        );
        assert_eq!(zh[0], Segment::Term(Term::YieldCurve, "殖利率曲線".into()));
        assert!(zh.contains(&Segment::Term(Term::Yield, "殖利率".into())));
    }
}
