//! Sums of money given in billions, in the reader's units. English writes billions ("¥400 bn");
//! Chinese counts in 億 (a hundred million), and in 兆 (a trillion) for a whole number of them,
//! as Taiwanese writing does: 「2 兆日圓」, not 「20,000 億日圓」.

use super::{billions, num, tr, Lang};

/// A price gap in yen (per ¥100 of face value): "¥1.14", 「1.14 日圓」.
pub fn yen_gap(lang: Lang, value: f64, decimals: usize) -> String {
    match lang {
        Lang::En => format!("¥{}", num(value, decimals)),
        Lang::ZhHant => format!("{} 日圓", num(value, decimals)),
    }
}

/// Yen: "¥400 bn", 「4,000 億日圓」, 「2 兆日圓」.
pub fn yen_bn(lang: Lang, bn: f64, decimals: usize) -> String {
    amount(lang, bn, decimals, true, chinese_trillions(lang, bn))
}

/// Dollars: "16.0 bn dollars", 「160 億美元」, 「1 兆美元」.
pub fn usd_bn(lang: Lang, bn: f64, decimals: usize) -> String {
    amount(lang, bn, decimals, false, chinese_trillions(lang, bn))
}

/// Yen or dollars always in billions (億 in Chinese, never 兆): for two amounts in one sentence,
/// which then compare at a glance and keep the decimals asked for.
pub fn bn_in_billions(lang: Lang, bn: f64, decimals: usize, yen: bool) -> String {
    amount(lang, bn, decimals, yen, None)
}

/// The amount in 兆 when given, else in billions (億), with its currency.
fn amount(lang: Lang, bn: f64, decimals: usize, yen: bool, trillions: Option<String>) -> String {
    match (trillions, yen) {
        (Some(tn), true) => tr::LossAmountYen { amount: &tn }.text(lang),
        (Some(tn), false) => tr::UsdTn { amount: &tn }.text(lang),
        (None, true) => tr::YenBn {
            amount: &billions(lang, bn, decimals),
        }
        .text(lang),
        (None, false) => tr::LossAmountUsd {
            amount: &billions(lang, bn, decimals),
        }
        .text(lang),
    }
}

/// In Chinese, an amount of at least 10,000 億 that is a round number of 兆 (to two decimals):
/// that number. Anything else stays in 億, which writes it exactly.
fn chinese_trillions(lang: Lang, bn: f64) -> Option<String> {
    if lang != Lang::ZhHant || !bn.is_finite() || bn.abs() < 1000.0 {
        return None;
    }
    let tn = bn / 1000.0;
    (0..=2)
        .find(|d| {
            let scaled = tn * 10f64.powi(*d);
            (scaled.round() - scaled).abs() < 1e-9
        })
        .map(|d| num(tn, d as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_writes_whole_trillions_in_zhao_and_the_rest_in_yi() {
        assert_eq!(yen_bn(Lang::ZhHant, 2000.0, 0), "2 兆日圓");
        assert_eq!(yen_bn(Lang::ZhHant, 100_000.0, 0), "100 兆日圓");
        assert_eq!(yen_bn(Lang::ZhHant, 1500.0, 0), "1.5 兆日圓");
        assert_eq!(yen_bn(Lang::ZhHant, 1234.5, 0), "12,345 億日圓");
        assert_eq!(yen_bn(Lang::ZhHant, 400.0, 0), "4,000 億日圓");
        assert_eq!(yen_bn(Lang::En, 2000.0, 0), "¥2,000 bn");
        assert_eq!(usd_bn(Lang::ZhHant, 1000.0, 1), "1 兆美元");
        assert_eq!(usd_bn(Lang::ZhHant, 16.0, 1), "160 億美元");
        // Two amounts of one sentence stay in one unit.
        assert_eq!(
            bn_in_billions(Lang::ZhHant, 1500.0, 0, true),
            "15,000 億日圓"
        );
        assert_eq!(bn_in_billions(Lang::En, 2.5, 2, false), "2.50 bn dollars");
        assert_eq!(
            yen_bn(Lang::ZhHant, f64::NAN, 0),
            yen_bn(Lang::ZhHant, f64::NAN, 0)
        );
    }
}
