//! Every user-visible string, in English and Traditional Chinese (Taiwan usage).
//! Prose is the lesson's own wording; figures are filled in from the data at named placeholders
//! (`{shock}`), each declared with its entry and filled through `tr::Entry { shock: … }`.

macro_rules! catalogue {
    ($($key:ident $(($($arg:ident),* $(,)?))? { en: $en:expr, zh: $zh:expr $(,)? })*) => {
        /// A key of the translation catalogue.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum T { $($key),* }

        impl T {
            /// Every key, for the completeness tests.
            pub const ALL: &'static [T] = &[$(T::$key),*];
            pub fn en(self) -> &'static str { match self { $(T::$key => $en),* } }
            pub fn zh(self) -> &'static str { match self { $(T::$key => $zh),* } }
            /// The names of the key's placeholders, as its entry declares them.
            pub fn args(self) -> &'static [&'static str] {
                match self { $(T::$key => &[$($(stringify!($arg)),*)?]),* }
            }
        }

        // Each text holds exactly the placeholders its entry declares, in both languages: a
        // missing, misspelt or extra `{name}` does not compile.
        $(const _: () = {
            let args: &[&str] = &[$($(stringify!($arg)),*)?];
            assert!(super::placeholders_are($en, args), concat!("English placeholders of ", stringify!($key)));
            assert!(super::placeholders_are($zh, args), concat!("Chinese placeholders of ", stringify!($key)));
        };)*

        /// One struct per key with placeholders: every argument named, none missing, none extra
        /// (the compiler checks), e.g. `tr::AsOf { date: "2025-05-22" }.text(lang)`.
        pub mod tr {
            use super::T;
            use crate::i18n::Lang;
            $($(
                #[derive(Clone, Copy, Debug)]
                pub struct $key<'a> { $(pub $arg: &'a str),* }
                impl $key<'_> {
                    /// The text in one language, its placeholders filled.
                    pub fn text(&self, lang: Lang) -> String {
                        super::super::fill_named(T::$key.get(lang), &[$((stringify!($arg), self.$arg)),*])
                    }
                }
            )?)*
        }
    };
}

catalogue! {
    SiteName {
        en: "Selloff Lab",
        zh: "債市拋售實驗室",
    }
    PageTitle {
        en: "Selloff Lab: the May 2025 JGB and Treasury selloff, hands-on",
        zh: "債市拋售實驗室：動手拆解 2025 年 5 月日債與美債同步重挫",
    }
    MetaDescription {
        en: "An interactive lesson on the May 2025 selloff in Japanese government bonds and US Treasuries: move a yield and watch bond prices, run the auctions, compare the central banks.",
        zh: "互動課程：2025 年 5 月日本公債與美國公債的拋售潮。移動殖利率看債券價格變化、模擬標售、比較兩家央行。",
    }
    Lede {
        en: "In late May 2025, Japanese and US government bonds were sold hard in the same fortnight. This lesson walks through why, and lets you move the numbers yourself: change a yield, run an auction, compare the central banks.",
        zh: "2025 年 5 月下旬的兩週內，日本公債與美國公債同時遭到大舉拋售。這堂課一步步說明原因，也讓你親手調整數字：改變殖利率、模擬標售、比較兩家央行。",
    }
    Disclaimer {
        en: "Education only, not investment advice. Figures come from the publishers named beside them; the models are simplified for teaching.",
        zh: "本課程僅供教學，不構成任何投資建議。數字來自旁邊標示的發布機構；模型為教學目的而簡化。",
    }
    LanguageLabel {
        en: "Language",
        zh: "語言",
    }
    LangNameEn {
        en: "English",
        zh: "English",
    }
    LangNameZh {
        en: "繁體中文",
        zh: "繁體中文",
    }
    Contents {
        en: "Contents",
        zh: "目錄",
    }
    SkipToContent {
        en: "Skip to the lesson",
        zh: "跳到課程內容",
    }
    ShareTitle {
        en: "Share / Embed",
        zh: "分享／嵌入",
    }
    ShareLink {
        en: "Link to exactly this view",
        zh: "目前畫面的連結",
    }
    ShareEmbed {
        en: "Code to embed one piece in a web page",
        zh: "把單一元件嵌入網頁的程式碼",
    }
    ShareEmbedWhich {
        en: "Piece to embed",
        zh: "要嵌入的元件",
    }
    ShareSection {
        en: "Link to the section you are reading",
        zh: "你正在閱讀的這一節的連結",
    }
    ShareEmbedHow {
        en: "Paste it where the page should show the piece. The script sizes the frame to its content; include it once, however many pieces the page shows.",
        zh: "貼到網頁中要顯示該元件的位置。其中的指令碼會讓框架配合內容調整高度；無論網頁放了幾個元件，只需加入一次。",
    }
    BackToWhereYouWere {
        en: "↩ Back to where you were",
        zh: "↩ 回到剛才的位置",
    }
    EmbedNeedsSameOrigin {
        en: "This frame is sandboxed without allow-same-origin, so the interactive parts cannot start here; the text and charts read as they are. Open the full lesson to use them.",
        zh: "這個框架的沙箱設定沒有 allow-same-origin，互動功能無法在此啟動；文字與圖表仍可照常閱讀。請開啟完整課程使用互動功能。",
    }
    LinkToThis {
        en: "Link to this",
        zh: "連結到這裡",
    }
    CopyByHand {
        en: "The text is selected: press Ctrl+C (⌘+C on a Mac) to copy it.",
        zh: "文字已選取：請按 Ctrl+C（Mac 為 ⌘+C）複製。",
    }
    Copy {
        en: "Copy",
        zh: "複製",
    }
    Copied {
        en: "Copied",
        zh: "已複製",
    }
    UrlNoticeIntro {
        en: "Part of this link could not be used as written; this is what the lesson did instead:",
        zh: "這個連結有部分內容無法照原樣採用，課程的處理方式如下：",
    }
    ReasonUnknownKey {
        en: "unknown setting, left out",
        zh: "未知的設定，已略過",
    }
    ReasonInvalid {
        en: "value not allowed, default kept",
        zh: "不允許的值，維持預設值",
    }
    ReasonClamped {
        en: "out of range, nearest allowed value used",
        zh: "超出範圍，已改用最接近的允許值",
    }
    NoticeNow {
        en: ", now ",
        zh: "，現為 ",
    }
    ReasonRounded {
        en: "between the allowed steps, rounded to the nearest",
        zh: "不在允許的級距上，已改用最接近的值",
    }
    ReasonVersion {
        en: "link version not recognised, read as version 1",
        zh: "無法辨識連結版本，以第 1 版讀取",
    }
    ReasonRepeated {
        en: "given twice, first value used",
        zh: "重複出現，採用第一個值",
    }
    ReasonTooLong {
        en: "link too long, the end was cut",
        zh: "連結過長，結尾已截斷",
    }
    AndMore(count) {
        en: "and {count} more",
        zh: "以及另外 {count} 項",
    }
    Dismiss {
        en: "Dismiss",
        zh: "關閉",
    }
    EmbedBack {
        en: "Open the full lesson",
        zh: "開啟完整課程",
    }
    PanicMessage {
        en: "Something went wrong inside the lesson and it stopped. Reload the page; if it happens again, open the lesson without the extra link settings.",
        zh: "課程內部發生錯誤而停止運作。請重新整理頁面；若仍發生，請不帶額外連結設定開啟課程。",
    }
    PrintedFrom(address, date) {
        en: "Printed from {address} on {date}.",
        zh: "列印自 {address}，列印日期：{date}。",
    }
    NeedsJs {
        en: "The lesson's text, figures and charts are all here; moving the numbers yourself needs JavaScript and WebAssembly.",
        zh: "課程的文字、數字與圖表都在這裡；要親手調整數字，需要啟用 JavaScript 與 WebAssembly。",
    }
    NeedsWasm {
        en: "The interactive parts need WebAssembly, which this browser could not start. The text, figures and charts below still read as they are.",
        zh: "互動功能需要 WebAssembly，但這個瀏覽器無法啟動它。下方的文字、數字與圖表仍可照常閱讀。",
    }
    DownloadOffline {
        en: "Download this lesson to use offline",
        zh: "下載本課程以離線使用",
    }
    SingleFileStamp(built, jgb_as_of, ust_as_of) {
        en: "This one-file lesson was built on {built}; its yields run to {jgb_as_of} (JGBs) and {ust_as_of} (Treasuries).",
        zh: "此單一檔案版課程建置於 {built}；殖利率資料至 {jgb_as_of}（日債）與 {ust_as_of}（美債）。",
    }
    OfflineHow {
        en: "(one file: open it in any modern browser, no network needed, both languages inside)",
        zh: "（單一檔案：用任何新版瀏覽器開啟即可，不需網路，內含兩種語言）",
    }
    LoadingInteractive {
        en: "Loading the interactive parts…",
        zh: "正在載入互動功能……",
    }
    SourceButton {
        en: "Source",
        zh: "出處",
    }
    SourceOf {
        en: "Source of this figure",
        zh: "此數字的出處",
    }
    AsOf(date) {
        en: "as of {date}",
        zh: "資料日期：{date}",
    }
    Caveat(caveat) {
        en: "Note: {caveat}",
        zh: "注意：{caveat}",
    }
    Footer {
        en: "Selloff Lab runs entirely in your browser and sends nothing anywhere. Data: Ministry of Finance Japan, U.S. Treasury, Federal Reserve, Bank of Japan and news reports, each named where it is used.",
        zh: "本課程完全在你的瀏覽器中執行，不會傳送任何資料。資料來源：日本財務省、美國財政部、聯準會、日本央行及新聞報導，使用處皆註明出處。",
    }
    S1Title {
        en: "1. What happened in late May 2025",
        zh: "1. 2025 年 5 月下旬發生了什麼",
    }
    S1Body {
        en: "For about two weeks, investors sold long-dated government bonds in Tokyo and in New York at once. A bond's price and its yield move in opposite directions, so heavy selling showed up as sharply higher yields, most of all at the longest maturities.",
        zh: "約兩週內，東京與紐約的長天期公債同時遭到賣出。債券價格與殖利率反向變動，因此大量賣壓反映為殖利率急升，其中又以最長年期最明顯。",
    }
    TimelineTitle {
        en: "The fortnight, day by day",
        zh: "兩週大事記",
    }
    Tl0516 {
        en: "Moody's lowers the United States' rating from Aaa to Aa1; the other two big agencies had taken away the top grade years earlier.",
        zh: "穆迪將美國信用評等從 Aaa 調降為 Aa1；另外兩大信評機構早在多年前就已取消美國的最高評等。",
    }
    Tl0520(btc, tail) {
        en: "Japan's 20-year auction draws a bid-to-cover of {btc} and a tail of ¥{tail}; a news report calls the bid-to-cover the lowest since 2012.",
        zh: "日本 20 年期公債標售，投標倍數 {btc}、尾差 {tail} 日圓；新聞稱這是 2012 年以來最弱的需求。",
    }
    Tl0521(high_yield, tail) {
        en: "The US sells 20-year bonds at {high_yield}%, about {tail} bp above where they traded just before the auction: a small tail.",
        zh: "美國標售 20 年期公債，得標殖利率 {high_yield}%，比標售前一刻的交易水準高約 {tail} 個基點：小幅尾差。",
    }
    Tl0522(yield30, yield40) {
        en: "The 30- and 40-year JGB yields close at the highest levels in their series' history: {yield30}% and {yield40}% (Ministry of Finance).",
        zh: "30 年與 40 年期日債殖利率收在各自資料序列有史以來的最高點：{yield30}% 與 {yield40}%（財務省）。",
    }
    Tl0527(fall, level, cm_fall) {
        en: "Reports that the Ministry of Finance may trim super-long issuance. The benchmark 40-year bond's yield falls {fall} bp to {level}% (Reuters); the Ministry's constant-maturity 40-year falls {cm_fall} bp that day.",
        zh: "傳出財務省可能減少超長天期公債發行。40 年期指標債殖利率下跌 {fall} 個基點至 {level}%（路透社）；財務省固定年期 40 年期殖利率當天下跌 {cm_fall} 個基點。",
    }
    S2Title {
        en: "2. Japan's auctions: demand runs cold",
        zh: "2. 日債標售：需求轉冷",
    }
    S2Body {
        en: "When the Ministry of Finance sells new bonds, it collects bids and fills them from the highest price down until the amount on offer is gone; each winner pays the price it bid. Two numbers show how eager the buyers were. The bid-to-cover ratio is the amount bid divided by the amount offered: the lower it is, the fewer spare buyers. The tail is the gap between the average and the lowest accepted price: a long tail means the Ministry had to accept some much lower bids to sell it all.",
        zh: "財務省發行新債時，會收集投標，從出價最高的開始分配，直到發行額賣完；每位得標者按自己的出價付款。有兩個數字可以看出買方有多積極。投標倍數是投標總額除以發行額，越低代表超額的買盤越少。尾差是平均得標價與最低得標價之差；尾差越大，代表財務省必須接受一些低得多的出價，才能全部賣出。",
    }
    S2Figures(date, btc, btc_april, tail, tail_april) {
        en: "On {date} the 20-year auction drew a bid-to-cover of {btc} (April: {btc_april}) and a tail of ¥{tail} (April: ¥{tail_april}). A news report called them the lowest bid-to-cover since 2012 and the largest tail since 1987; those two comparisons are quoted from the report, since the lesson's data holds no full auction history.",
        zh: "{date} 的 20 年期標售，投標倍數為 {btc}（4 月：{btc_april}），尾差 {tail} 日圓（4 月：{tail_april} 日圓）。新聞稱這是 2012 年以來最弱的需求、1987 年以來最大的尾差；這兩項比較引自報導，因為本課程資料中沒有完整的標售歷史。",
    }
    S3Title {
        en: "3. Japan's secondary market: selling speeds up",
        zh: "3. 日債次級市場：賣壓加速",
    }
    S3Body {
        en: "A bond pays fixed amounts. When new bonds offer a higher yield, an old bond is worth less, so its price falls until its yield matches. So a fast climb in yields means prices are falling fast: holders are selling. The longer the bond, the more of its payments lie far in the future, and the more its price falls for the same rise in yield. Try it below.",
        zh: "債券支付的金額是固定的。當新債提供更高的殖利率，舊債就不值那麼多，價格會跌到殖利率相當為止。所以殖利率快速攀升，代表持有人正在快速賣出。債券年期越長，越多現金流落在遙遠的未來，同樣的殖利率上升，價格跌得越多。請在下方親自試試。",
    }
    S3Figures(yield10, yield40, news_peak) {
        en: "On 22 May 2025 the Ministry of Finance's 10-year yield was {yield10}% and its 40-year {yield40}%. The article puts the 10-year near 1.6%, back at 2008 levels; news quotes for the benchmark 40-year bond peaked higher that day, at {news_peak}%, because they price one traded bond rather than a constant-maturity curve.",
        zh: "2025 年 5 月 22 日，財務省 10 年期殖利率為 {yield10}%，40 年期為 {yield40}%。原文說 10 年期接近 1.6%，回到 2008 年水準；當天新聞引用的 40 年期指標債報價高點更高，為 {news_peak}%，因為那是市場上單一檔指標債的殖利率報價，而不是依殖利率曲線推算的固定年期殖利率。",
    }
    S4Title {
        en: "4. Why the JGB market is weak",
        zh: "4. 日債為何疲弱",
    }
    S4Buyer {
        en: "The biggest buyer is pulling back. A decade of purchases left the Bank of Japan holding about half of all JGBs, a far larger share than the Fed holds of Treasuries. Since August 2024 it has been buying less every quarter, so other investors must take up the bonds it no longer buys.",
        zh: "最大的買家正在抽身。十年的大量購債，讓日本央行持有約一半的日本公債，比例遠高於聯準會持有的美債。自 2024 年 8 月起，它每季都減少購債，其他投資人必須接下它不再買的債券。",
    }
    S4Fiscal {
        en: "A big debt is cheap to carry while rates sit near zero. Once they rise, each bond that matures is replaced by one that pays more, the interest bill climbs, and investors start to ask whether the debt can be rolled over forever. If that doubt thins out demand at auctions, yields rise again and the question gets louder: a loop that can feed itself.",
        zh: "利率接近零時，龐大的債務利息負擔不重。利率一旦上升，每一檔到期的債券都要換成利息更高的新債，利息支出跟著攀升，投資人也開始懷疑債務能不能一直借新還舊。如果這份疑慮讓標售需求變弱，殖利率就會再上升，疑慮也更強烈：這是一個會自我強化的循環。",
    }
    S4Inflation {
        en: "Besides the retreating buyer and the rising interest bill, inflation adds a third pressure. If prices keep climbing, the Bank of Japan will have to raise short-term rates, and a long bond with a fixed coupon looks worse next to them.",
        zh: "通膨帶來第三股壓力。若物價持續上漲，日本央行就得調高短期利率，相較之下，票面利率固定的長債就沒那麼吸引人。",
    }
    S5Title {
        en: "5. The Bank of Japan's test",
        zh: "5. 日本央行的大考",
    }
    S5Body {
        en: "Years of heavy buying now limit what the Bank of Japan can do. Pulling back faster risks disorder in the bond market; returning to heavy purchases risks inflation and the bank's credibility. The article sees two paths. If yields level off, the pressure eases for now. If they keep climbing, strains in the market could force the bank to halt its cuts and buy more, and then the size of its purchases is everything: buy too much and it fuels inflation, too little and the market may not steady.",
        zh: "多年的大量購債，如今限制了日本央行的選擇。加快退場，可能讓債市失序；重回大量購債，又可能推升通膨、損及央行信譽。原文認為有兩種可能。若殖利率趨穩，壓力暫時緩解；若持續攀升，市場的緊張可能逼央行停止縮減購債、轉而多買，這時買多少就是關鍵：買太多會助長通膨，買太少則未必穩得住市場。",
    }
    S6Title {
        en: "6. Treasury auctions: buyers wanted a better price, they did not leave",
        zh: "6. 美債標售：買家要求更好的價格，並未離場",
    }
    S6Body {
        en: "The US Treasury sells at a single price: bids are filled from the lowest yield up, and every winner gets the highest yield accepted, the high yield. The main sign of demand is where that high yield lands against the when-issued yield, the yield at which the new bond was already trading just before the auction. Above it is a tail: buyers had to be paid more than the market expected. Below it is a stop-through: buyers accepted a lower yield than the market expected.",
        zh: "美國財政部採單一價格標售：從殖利率最低的投標開始分配，所有得標者都適用被接受的最高殖利率，也就是得標殖利率。判斷需求的主要訊號，是得標殖利率與發行前交易殖利率（新債在標售前一刻已在交易的殖利率）的差距。高於後者為尾差：必須給買家比市場預期更高的殖利率。低於後者為得標優於預期：買家接受了較低的殖利率。",
    }
    S6Figures(date, high_yield, tail, btc, avg_btc, indirect, dealers, dealers10, dealers30) {
        en: "On {date} the 20-year sold at {high_yield}%, about {tail} bp above its when-issued yield: a small tail. Bid-to-cover was {btc}, against an average of {avg_btc} for 20-year auctions since 2022. Indirect bidders, who bid through a dealer, took {indirect}%; they are often read as foreign demand, but the group also includes US funds, so it is a rough proxy, not a count. Primary dealers, who must bid at every auction, were left with {dealers}%, against {dealers10}% at the 10-year and {dealers30}% at the 30-year earlier that month: the more dealers are left holding, the fewer other buyers there were.",
        zh: "{date} 的 20 年期標售，得標殖利率 {high_yield}%，比發行前交易殖利率高約 {tail} 個基點：小幅尾差。投標倍數 {btc}，2022 年以來 20 年期標售的平均為 {avg_btc}。間接投標者（透過交易商投標的買家）拿下 {indirect}%；這類買家常被視為海外需求，但其中也包含美國本地的基金，所以只是粗略的替代指標，不是實際的統計。必須參與每場標售的初級交易商最後拿到 {dealers}%，同月稍早的 10 年期為 {dealers10}%、30 年期為 {dealers30}%：交易商留下的越多，代表其他買家越少。",
    }
    S7Title {
        en: "7. Treasury secondary market: jumpy, but within bounds",
        zh: "7. 美債次級市場：波動變大，但仍在區間內",
    }
    S7Body {
        en: "Treasury yields were high, but did they shoot up the way super-long JGB yields did? The article says no: the 10-year stayed inside the range it had traded in since the Fed stopped raising rates in 2023, and moved far less than in the April 2025 selloff. The chart tests both claims.",
        zh: "美債殖利率雖高，但是否像超長天期日債那樣飆升？原文認為沒有：10 年期仍在 2023 年緊縮週期結束以來的區間內，波動也遠小於 2025 年 4 月的拋售潮。下圖檢驗這兩個說法。",
    }
    S8Title {
        en: "8. Why Treasury demand dipped",
        zh: "8. 美債需求為何下滑",
    }
    S8Body {
        en: "The article reads the dip as buyers bargaining over price, not fleeing: buyers worried that inflation could return and keep the Fed's rates high, but nothing pointed to a lasting loss of demand. Moody's downgrade on 16 May set off the selling, yet the other two big agencies had withdrawn the top grade years before, so the move was more symbolic than substantive. The danger to watch is yields rising faster and faster: that would strain the whole financial system, and the article expects the Fed to step in before it goes that far.",
        zh: "原文認為這波需求下滑是價格之爭，而非買家撤離：買家擔心通膨捲土重來、聯準會維持緊縮，但看不出需求長期流失的跡象。5 月 16 日穆迪降評引發賣壓，不過另外兩大信評機構多年前就已取消美國的最高評等，所以這次調降象徵意義大於實質。真正要留意的是殖利率越漲越快：那會讓整個金融體系承受壓力，原文預期聯準會會在事態惡化到那一步之前出手。",
    }
    S9Title {
        en: "9. The Fed's dilemma",
        zh: "9. 聯準會的兩難",
    }
    S9Body {
        en: "The Fed has its own bind. Cut rates too soon and inflation may flare up again, which is why it has been slow to cut. Raise them further and it could push Treasury yields beyond control and the economy into a recession (a hard landing).",
        zh: "聯準會也有自己的難題。太早放寬，通膨可能再度升溫，所以它遲遲不降息；進一步緊縮，又可能讓美債殖利率失控、經濟硬著陸。",
    }
    S10Title {
        en: "10. Side by side: JGB and Treasury risks",
        zh: "10. 並列比較：日債與美債的風險",
    }
    S10Body {
        en: "Five questions, two markets. Show one market or both; open a cell to see the figures behind it.",
        zh: "五個問題，兩個市場。可只看一個市場或兩者並列；展開儲存格即可看到背後的數字。",
    }
    S11Title {
        en: "11. Conclusion",
        zh: "11. 結論",
    }
    S11Body {
        en: "On this evidence the two markets are in different places. Treasury buyers demanded a better price and got it; they did not walk away, and the 10-year stayed within its recent range. Japan's market saw its biggest buyer step back just as auctions weakened and the longest yields set records, and the Bank of Japan has little room left to help. Both deserve watching, Japan's more closely.",
        zh: "從這些證據看，兩個市場的處境不同。美債買家要求更好的價格，也拿到了；他們沒有離場，10 年期也仍在近年的區間內。日本市場則在標售轉弱、最長年期殖利率創新高之際，最大的買家逐步抽身，而日本央行能幫忙的空間所剩無幾。兩個市場都值得關注，日本更需要密切留意。",
    }
    WYieldLab {
        en: "Yield shock lab",
        zh: "殖利率衝擊實驗",
    }
    WJgbYields {
        en: "JGB yields since 2007",
        zh: "2007 年以來的日債殖利率",
    }
    WUstCandles {
        en: "10-year Treasury candlesticks",
        zh: "10 年期美債 K 線",
    }
    WMay2025 {
        en: "May 2025, day by day",
        zh: "2025 年 5 月逐日走勢",
    }
    WYieldCurve {
        en: "The JGB yield curve, a year apart",
        zh: "日債殖利率曲線：相隔一年",
    }
    WAuction {
        en: "Auction machine",
        zh: "標售模擬器",
    }
    WHoldings {
        en: "Central banks' holdings",
        zh: "兩家央行的持債",
    }
    WTaper {
        en: "The Bank of Japan's purchase cuts",
        zh: "日本央行縮減購債",
    }
    WFiscalLoop {
        en: "The fiscal feedback loop",
        zh: "財政惡性循環",
    }
    WScenarios {
        en: "Policy paths",
        zh: "政策路徑",
    }
    WRiskTable {
        en: "Risk table",
        zh: "風險比較表",
    }
    LabIntro {
        en: "Pick a bond, then move the yield. The price follows exactly; duration and convexity are the quick estimates traders use: duration for a small change in yield, convexity to correct it for a large one.",
        zh: "選一檔債券，再移動殖利率。價格會精確跟著變；存續期間與凸性則是交易員常用的快速估算。",
    }
    LabPreset {
        en: "Bond",
        zh: "債券",
    }
    LabCustom {
        en: "Custom bond",
        zh: "自訂債券",
    }
    PresetJgb(tenor, yield_pct, date) {
        en: "JGB {tenor}Y at {yield_pct}% ({date})",
        zh: "日債 {tenor} 年期，{yield_pct}%（{date}）",
    }
    PresetUst(tenor, yield_pct, date) {
        en: "UST {tenor}Y at {yield_pct}% ({date})",
        zh: "美債 {tenor} 年期，{yield_pct}%（{date}）",
    }
    LabTenor {
        en: "Maturity (years)",
        zh: "年期（年）",
    }
    LabCoupon {
        en: "Coupon (% a year)",
        zh: "票面利率（年息 %）",
    }
    LabYield {
        en: "Starting yield (%)",
        zh: "起始殖利率（%）",
    }
    LabShock {
        en: "Yield change (basis points)",
        zh: "殖利率變動（基點）",
    }
    LabShockHint {
        en: "100 bp = 1 percentage point. Arrow keys move 1 bp, Page Up/Down 25 bp.",
        zh: "100 個基點 = 1 個百分點。方向鍵每次 1 個基點，Page Up/Down 每次 25 個基點。",
    }
    LabResetShock {
        en: "Set the change to 0",
        zh: "變動歸零",
    }
    InputRange(min, max) {
        en: "Enter a number from {min} to {max}; the nearest allowed value is used.",
        zh: "請輸入 {min} 到 {max} 之間的數字；已採用最接近的允許值。",
    }
    InputNotNumber {
        en: "That is not a number; the previous value is kept.",
        zh: "這不是數字，已保留原本的值。",
    }
    PriceBefore {
        en: "Price before",
        zh: "變動前價格",
    }
    PriceAfter {
        en: "Price after",
        zh: "變動後價格",
    }
    ExactChange {
        en: "Exact price change",
        zh: "實際價格變動",
    }
    DurationEstimate {
        en: "Duration estimate",
        zh: "存續期間估計",
    }
    ConvexityEstimate {
        en: "Duration + convexity estimate",
        zh: "存續期間加凸性估計",
    }
    EstimateError(points) {
        en: "estimate − exact: {points} percentage points",
        zh: "估計值減實際值：{points} 個百分點",
    }
    ModDuration {
        en: "Modified duration",
        zh: "修正存續期間",
    }
    Convexity {
        en: "Convexity",
        zh: "凸性",
    }
    Dv01 {
        en: "DV01",
        zh: "DV01",
    }
    PerFace {
        en: "per 100 face",
        zh: "每 100 元面額",
    }
    ViewCurve {
        en: "Price vs yield",
        zh: "價格與殖利率",
    }
    ViewLadder {
        en: "Same change, every maturity",
        zh: "同一變動，各年期比較",
    }
    ChartViewLabel {
        en: "Chart",
        zh: "圖表",
    }
    ChartPrice {
        en: "Price",
        zh: "價格",
    }
    ChartYield {
        en: "Yield (%)",
        zh: "殖利率（%）",
    }
    LegendExact {
        en: "Exact price",
        zh: "實際價格",
    }
    LegendDuration {
        en: "Duration line",
        zh: "存續期間切線",
    }
    LegendConvexity {
        en: "Duration + convexity",
        zh: "存續期間加凸性",
    }
    LegendNow {
        en: "Today",
        zh: "目前",
    }
    LegendShocked {
        en: "After the change",
        zh: "變動後",
    }
    LegendGap {
        en: "What duration misses",
        zh: "存續期間漏估的部分",
    }
    LadderAxis {
        en: "Price change (%)",
        zh: "價格變動（%）",
    }
    LadderNote(yields) {
        en: "Each bar is a par JGB at its own yield on 22 May 2025, from the Ministry's curve ({yields}), whatever bond is picked above; the bars differ because the maturities do.",
        zh: "每一根長條都是 2025 年 5 月 22 日依財務省殖利率曲線、以各自殖利率計算的日債平價債（{yields}），與上方選的債券無關；長條高低不同，是因為年期不同。",
    }
    YearsShort(years) {
        en: "{years}Y",
        zh: "{years} 年",
    }
    LabSentence(shock, tenor, before, after, exact, duration, convexity) {
        en: "A change of {shock} bp moves this {tenor}-year bond from {before} to {after}, a change of {exact}%. Duration alone says {duration}%; adding convexity gives {convexity}%.",
        zh: "殖利率變動 {shock} 個基點，這檔 {tenor} 年期債券價格從 {before} 變為 {after}，變動 {exact}%。只用存續期間估計為 {duration}%；加上凸性為 {convexity}%。",
    }
    LabCompare(shock, yield40, exact40, yield10, exact10, duration40, duration10) {
        en: "The same {shock} bp moves a 40-year JGB (par, {yield40}%) by {exact40}% and a 10-year (par, {yield10}%) by {exact10}%, where duration alone would say {duration40}% and {duration10}%.",
        zh: "同樣 {shock} 個基點，40 年期日債（平價，{yield40}%）變動 {exact40}%，10 年期（平價，{yield10}%）變動 {exact10}%；若只看存續期間，會估為 {duration40}% 與 {duration10}%。",
    }
    ChartAltCurve(tenor, yield_pct, price, shock, yield_after, price_after, tangent, miss) {
        en: "Chart: price of the {tenor}-year bond against its yield. Today: yield {yield_pct}%, price {price}. After {shock} bp: yield {yield_after}%, price {price_after}. The duration line predicts {tangent}, missing by {miss}.",
        zh: "圖表：{tenor} 年期債券價格與殖利率的關係。目前殖利率 {yield_pct}%，價格 {price}。變動 {shock} 個基點後，殖利率 {yield_after}%，價格 {price_after}。存續期間切線預估 {tangent}，差距 {miss}。",
    }
    ChartAltLadder(shock, list) {
        en: "Chart: price change for {shock} bp, by maturity: {list}.",
        zh: "圖表：變動 {shock} 個基點時，各年期的價格變動：{list}。",
    }
    LabCannotPrice {
        en: "This bond cannot be priced at that yield; try a smaller change.",
        zh: "這檔債券在該殖利率下無法定價，請縮小變動幅度。",
    }
    RiskShow {
        en: "Show",
        zh: "顯示",
    }
    RiskJgb {
        en: "JGBs",
        zh: "日債",
    }
    RiskUst {
        en: "Treasuries",
        zh: "美債",
    }
    RiskBoth {
        en: "Both",
        zh: "兩者並列",
    }
    RiskItem {
        en: "Question",
        zh: "項目",
    }
    RowAuction {
        en: "Auction demand",
        zh: "初級市場標售需求",
    }
    RowPrice {
        en: "How fast buyers step back",
        zh: "買盤退場的速度",
    }
    RowSecondary {
        en: "Secondary market",
        zh: "次級市場表現",
    }
    RowCbShare {
        en: "Central bank's share",
        zh: "央行持有比例",
    }
    RowMarketRisk {
        en: "Market risk",
        zh: "市場風險",
    }
    CellAuctionJgb {
        en: "Very weak: a bid-to-cover well below its 12-month average and a very long tail (a news report called them the lowest since 2012 and the largest since 1987).",
        zh: "極弱：投標倍數遠低於 12 個月平均，尾差極大（新聞稱分別為 2012 年與 1987 年以來最差）。",
    }
    CellAuctionUst {
        en: "Softer, not extreme: the 20-year sold slightly above its when-issued yield and its bid-to-cover was below average. Indirect bidders, a rough proxy for foreign demand, still took most of it.",
        zh: "轉弱但不極端：20 年期得標殖利率略高於發行前交易殖利率，投標倍數低於平均。間接投標者（海外需求的粗略替代指標）仍買下大半。",
    }
    CellPriceJgb {
        en: "Fast: a month after a soft April auction, bids fell further and the tail tripled.",
        zh: "很快：4 月標售已偏軟，一個月後投標再減、尾差擴大為三倍多。",
    }
    CellPriceUst {
        en: "Slower: the 20-year tailed by about a basis point, and the 10-year two weeks earlier sold below its when-issued yield.",
        zh: "較慢：20 年期尾差約 1 個基點，兩週前的 10 年期更以低於發行前交易殖利率的水準得標。",
    }
    CellSecondaryJgb {
        en: "Heavy selling; the 30- and 40-year yields closed at records.",
        zh: "賣壓沉重；30 年與 40 年期殖利率收在歷史新高。",
    }
    CellSecondaryUst {
        en: "Selling picked up after the downgrade, though less than in April; section 7 tests whether the 10-year left its range.",
        zh: "降評後賣壓升溫，但不及 4 月；第 7 節檢驗 10 年期是否突破區間。",
    }
    CellCbJgb(excl, excl_date, incl, incl_date) {
        en: "The Bank of Japan holds about half: {excl}% of JGBs excluding T-bills ({excl_date}, market value), {incl}% including them ({incl_date}).",
        zh: "日本央行持有約一半：不含國庫券的日債的 {excl}%（{excl_date}，市價），含國庫券則為 {incl}%（{incl_date}）。",
    }
    CellCbUst(share) {
        en: "The Fed holds a small slice: {share}% of marketable Treasuries by the lesson's count (the article says about 16%).",
        zh: "聯準會只持有一小部分：依本課程計算為可流通美債的 {share}%（原文稱約 16%）。",
    }
    CellRiskJgb {
        en: "A failed auction is no longer unthinkable, and confidence in both the market and the public finances is being tested.",
        zh: "標售失敗不再是難以想像的事，市場與財政的信心都正受到考驗。",
    }
    CellRiskUst {
        en: "More pressure at auctions, but the secondary market kept working.",
        zh: "標售壓力上升，但次級市場運作如常。",
    }
    SevSevere {
        en: "Severe",
        zh: "嚴重",
    }
    SevHigh {
        en: "High",
        zh: "偏高",
    }
    SevModerate {
        en: "Moderate",
        zh: "中等",
    }
    SevLow {
        en: "Low",
        zh: "低",
    }
    SeverityLabel(severity) {
        en: "Severity: {severity}",
        zh: "嚴重程度：{severity}",
    }
    ShowEvidence {
        en: "Evidence",
        zh: "證據",
    }
    EvidenceFor(row, market) {
        en: "Evidence: {row}, {market}",
        zh: "證據：{row}，{market}",
    }
    EvidenceGoTo(section) {
        en: "Read section {section}",
        zh: "閱讀第 {section} 節",
    }
    EvJgbBtc {
        en: "20-year JGB auction in May, bid-to-cover",
        zh: "5 月 20 年期日債標售，投標倍數",
    }
    EvJgbTail {
        en: "20-year JGB auction in May, tail (yen per ¥100)",
        zh: "5 月 20 年期日債標售，尾差（每 100 日圓）",
    }
    EvJgbBtcApril {
        en: "Same auction in April, bid-to-cover",
        zh: "4 月同年期標售，投標倍數",
    }
    EvUstBtc {
        en: "20-year Treasury auction, bid-to-cover",
        zh: "20 年期美債標售，投標倍數",
    }
    EvUstIndirect {
        en: "20-year Treasury auction, indirect bidders' share (%; a rough proxy for foreign demand)",
        zh: "20 年期美債標售，間接投標者占比（%；海外需求的粗略替代指標）",
    }
    EvUstDealers {
        en: "20-year Treasury auction, primary dealers' share (%)",
        zh: "20 年期美債標售，初級交易商占比（%）",
    }
    EvJgb40 {
        en: "40-year JGB yield, MOF (%)",
        zh: "40 年期日債殖利率，財務省（%）",
    }
    EvJgb40News {
        en: "40-year JGB benchmark quote, news peak (%)",
        zh: "40 年期日債指標債報價，新聞高點（%）",
    }
    EvUst10 {
        en: "10-year Treasury yield (%)",
        zh: "10 年期美債殖利率（%）",
    }
    EvUst20 {
        en: "20-year Treasury auction, high yield (%)",
        zh: "20 年期美債標售，得標殖利率（%）",
    }
    EvBojShare {
        en: "Bank of Japan's share of JGBs, excluding T-bills (%)",
        zh: "日本央行持有日債比例，不含國庫券（%）",
    }
    EvFedShare {
        en: "Fed's share of marketable Treasuries (%), computed from its holdings and the debt outstanding; the article says about 16%",
        zh: "聯準會持有可流通美債比例（%），由持有額與流通餘額計算；原文稱約 16%",
    }
    ComputedFrom {
        en: "Computed by the lesson from the published figures in the sources below.",
        zh: "由課程依下方出處的公開數字計算。",
    }
    RiskVerdict {
        en: "Verdict: Treasury buyers are asking for a better price; Japan's market is seeing its biggest buyer step back just as auctions weaken and the longest yields set records, and the Bank of Japan has little room to act. That is why the article rates JGBs as the riskier market.",
        zh: "結論：美債買家要的是更好的價格；日債則在標售轉弱、最長年期殖利率創新高之際，最大的買家逐步抽身，而日本央行的操作空間有限。因此原文認為日債是風險較高的市場。",
    }
    SeeRiskRow {
        en: "See this row of the risk table",
        zh: "在風險比較表中查看這一列",
    }
    MoveCursor {
        en: "Move the cursor (date)",
        zh: "移動游標（日期）",
    }
    MoveCursorTenor {
        en: "Move the cursor (maturity)",
        zh: "移動游標（年期）",
    }
    ShowData {
        en: "Show the data as a table",
        zh: "以表格顯示資料",
    }
    TableNeedsScript {
        en: "The table opens once the page's interactive parts have loaded; the chart and its readout above show the same data.",
        zh: "互動功能載入後即可展開表格；上方的圖表與讀數顯示的是相同資料。",
    }
    ColDate {
        en: "Date",
        zh: "日期",
    }
    ColMonth {
        en: "Month (close, high–low)",
        zh: "月份（收盤，高–低）",
    }
    ColWeek {
        en: "Week of",
        zh: "當週起始日",
    }
    ColTenor {
        en: "Maturity",
        zh: "年期",
    }
    RangeLabel {
        en: "Period",
        zh: "期間",
    }
    RangeSince2007 {
        en: "Since 2007",
        zh: "2007 年以來",
    }
    RangeSince2022 {
        en: "Since 2022",
        zh: "2022 年以來",
    }
    RangeMay2025 {
        en: "May 2025",
        zh: "2025 年 5 月",
    }
    TenorsLabel {
        en: "Maturities shown",
        zh: "顯示的年期",
    }
    LastTenorHint {
        en: "At least one maturity stays on the chart; tick another to untick this one.",
        zh: "圖表至少保留一個年期；勾選另一個年期後才能取消這一個。",
    }
    JgbTenor(years) {
        en: "JGB {years}Y",
        zh: "日債 {years} 年期",
    }
    UstTenor(years) {
        en: "UST {years}Y",
        zh: "美債 {years} 年期",
    }
    YieldPct {
        en: "Yield (%)",
        zh: "殖利率（%）",
    }
    JgbYieldsIntro {
        en: "The article's chart, rebuilt from the Ministry of Finance's data: the 40-year (red-orange) and the 10-year (blue) since 2007. Long periods show each month's close with its high–low range shaded, and May 2025 is marked; the May 2025 view shows every trading day. The cursor opens on the event.",
        zh: "依財務省資料重繪原文的圖：2007 年以來的 40 年期（紅橙色）與 10 年期（藍色）日債殖利率。長期間顯示每月收盤，並以淺色標出當月高低區間，2025 年 5 月另有標示；選「2025 年 5 月」則顯示每個交易日。游標一開始停在事件當時。",
    }
    CursorReadout(label, values) {
        en: "{label}: {values}",
        zh: "{label}：{values}",
    }
    NoValue {
        en: "not published",
        zh: "未公布",
    }
    PastChart {
        en: "past the top of the chart",
        zh: "超出圖表上限",
    }
    SinceSentence10(value, date, since, peak, peak_date, peak_since) {
        en: "The 10-year's {value}% on {date} was its highest since {since}. Its earlier 2025 peak, {peak}% on {peak_date}, was the highest since {peak_since}: that is the article's \"back to 2008 levels\".",
        zh: "10 年期在 {date} 的 {value}%，是 {since} 以來最高。今年稍早的高點 {peak_date} 的 {peak}%，則是 {peak_since} 以來最高，也就是原文所說「回到 2008 年水準」。",
    }
    SinceSentence40(value, date, since) {
        en: "The 40-year's {value}% on {date} was the highest since its series began in {since}: a record for this maturity, as the article says.",
        zh: "40 年期在 {date} 的 {value}%，是其資料序列自 {since} 開始以來的最高，正如原文所說，創下該年期的紀錄。",
    }
    SinceSentence40Day(value, date, since) {
        en: "The 40-year's {value}% on {date} was its highest since {since}.",
        zh: "40 年期在 {date} 的 {value}%，是 {since} 以來最高。",
    }
    UstCandlesIntro {
        en: "Each candle is one week of the 10-year Treasury yield: the box runs from the week's first to its last daily close (hollow when the yield rose, solid when it fell), the thin line from the week's lowest to its highest daily close, not intraday extremes. The blue band is the range of daily closes from August 2023, after the Fed's last rate rise, to March 2025. April 2025 has the stronger shading, May 2025 the fainter. On a narrow screen the chart shows the weeks around the event that fit; the cursor opens on the last week of May 2025.",
        zh: "每根 K 線代表 10 年期美債殖利率的一週：實體從當週第一個每日收盤到最後一個每日收盤（殖利率上升為空心，下降為實心），細線從當週最低到最高的每日收盤，而非盤中極值。藍色區帶是 2023 年 8 月（聯準會最後一次升息之後）到 2025 年 3 月的每日收盤區間。2025 年 4 月的底色較明顯，5 月較淡。在窄螢幕上，圖表只顯示事件前後放得下的幾週；游標一開始停在 2025 年 5 月的最後一週。",
    }
    CandleUp {
        en: "Yield rose that week (green, as usual in the West)",
        zh: "當週殖利率上升（紅色，台灣的慣例）",
    }
    CandleDown {
        en: "Yield fell that week (red)",
        zh: "當週殖利率下降（綠色）",
    }
    CandleReadout(week, open, high, low, close) {
        en: "Week of {week}: open {open}%, high {high}%, low {low}%, close {close}%",
        zh: "{week} 當週：開 {open}%，高 {high}%，低 {low}%，收 {close}%",
    }
    CandleSentence(band_low, band_high, width, may_low, may_high, placement, april_week, may_week) {
        en: "The band runs from {band_low}% to {band_high}%, {width} bp wide, so staying inside it is a loose test. In May 2025 the 10-year closed between {may_low}% and {may_high}%, {placement}. Its widest week in April moved {april_week} bp from low to high (daily closes); its widest in May, {may_week} bp.",
        zh: "區帶介於 {band_low}% 與 {band_high}% 之間，寬達 {width} 個基點，所以「留在區帶內」只是寬鬆的檢驗。2025 年 5 月，10 年期收盤介於 {may_low}% 與 {may_high}% 之間，{placement}。4 月波動最大的一週，高低差達 {april_week} 個基點（以每日收盤計）；5 月最大的一週為 {may_week} 個基點。",
    }
    May2025Intro {
        en: "Every trading day of May 2025, Japan and the United States on one scale. The numbered lines are the events of the fortnight.",
        zh: "2025 年 5 月的每個交易日，日本與美國放在同一刻度上。編號虛線為這兩週的事件。",
    }
    EventsTitle {
        en: "Events marked on the chart",
        zh: "圖中標示的事件",
    }
    YieldCurveIntro {
        en: "The JGB yield curve on 22 May 2025 against the same day a year earlier. Long yields rose much more than short ones, so the curve steepened: the worry about inflation and about who will buy long bonds shows up at the long end.",
        zh: "2025 年 5 月 22 日的日債殖利率曲線，與一年前同一天比較。長天期殖利率的漲幅遠大於短天期，曲線變陡：對通膨與長債買盤的擔憂，反映在曲線的長端。",
    }
    CurveSentence(rise2, rise10, rise40) {
        en: "Over that year the 2-year rose {rise2} bp, the 10-year {rise10} bp and the 40-year {rise40} bp.",
        zh: "這一年間，2 年期上升 {rise2} 個基點，10 年期上升 {rise10} 個基點，40 年期上升 {rise40} 個基點。",
    }
    CurveLegend(date) {
        en: "JGB curve on {date}",
        zh: "{date} 的日債殖利率曲線",
    }
    ChartAltSeries(title, from, to, latest) {
        en: "Line chart of {title} from {from} to {to}. Latest values: {latest}.",
        zh: "{title}的折線圖，期間 {from} 至 {to}。最新數值：{latest}。",
    }
    ChartAltCandles(from, to, band_low, band_high) {
        en: "Weekly candlestick chart of the 10-year Treasury yield from {from} to {to}, with the post-2023 range band from {band_low}% to {band_high}%.",
        zh: "10 年期美債殖利率週 K 線圖，期間 {from} 至 {to}，並標出 2023 年後的區間 {band_low}% 至 {band_high}%。",
    }
    HoldingsIntro {
        en: "Of every 100 yen of JGBs, how many sit at the Bank of Japan? Of every 100 dollars of Treasuries, how many at the Fed? Each square is one in a hundred.",
        zh: "每 100 日圓的日本公債中，有多少在日本央行手上？每 100 美元的美債中，又有多少在聯準會手上？每個方格代表百分之一。",
    }
    BasisLabel {
        en: "Measure the Bank of Japan's share against",
        zh: "日本央行持有比例的分母",
    }
    BasisExcl {
        en: "JGBs excluding T-bills (Mar 2024)",
        zh: "不含國庫券的日本公債（2024 年 3 月）",
    }
    BasisIncl {
        en: "All JGBs including T-bills (Mar 2024)",
        zh: "含國庫券的全部日本公債（2024 年 3 月）",
    }
    BasisIncl2025 {
        en: "Including T-bills (Mar 2025, latest)",
        zh: "含國庫券（2025 年 3 月，最新）",
    }
    BojOf100(share) {
        en: "Bank of Japan: ¥{share} of every ¥100 of JGBs",
        zh: "日本央行：每 100 日圓日債中持有 {share} 日圓",
    }
    FedOf100(share) {
        en: "Federal Reserve: ${share} of every $100 of marketable Treasuries",
        zh: "聯準會：每 100 美元可流通美債中持有 {share} 美元",
    }
    BojAmount(held, outstanding) {
        en: "about ¥{held} tn of ¥{outstanding} tn (March 2024, market value)",
        zh: "約 {held} 兆日圓，總額 {outstanding} 兆日圓（2024 年 3 月，市價）",
    }
    FedAmount(held, outstanding) {
        en: "${held} tn of about ${outstanding} tn (holdings on 2025-05-28, debt in May 2025)",
        zh: "{held} 兆美元，總額約 {outstanding} 兆美元（持有額為 2025-05-28，餘額為 2025 年 5 月）",
    }
    DenominatorNote(excl, incl, incl2025, fed) {
        en: "The same question gets different answers. Against JGBs excluding T-bills the Bank of Japan held {excl}% in March 2024; against all JGBs including T-bills, {incl}% then and {incl2025}% in March 2025. The Fed's {fed}% is its Treasury holdings over all marketable Treasuries. The article's \"about 16%\" is not reproduced with this denominator. No 2025 figure on the excluding-T-bills basis was found, so the article's \"over half\" for May 2025 is plausible but not verified.",
        zh: "同一個問題，答案卻不同。以不含國庫券的日債計算，日本央行在 2024 年 3 月持有 {excl}%；以含國庫券的全部日債計算，當時為 {incl}%，2025 年 3 月為 {incl2025}%。聯準會的 {fed}% 是其美債持有額除以全部可流通美債。原文的「約 16%」用這個分母算不出來。由於找不到 2025 年不含國庫券計算基礎的數字，「2025 年 5 月持有過半」合理但未經證實。",
    }
    ArticleSays {
        en: "The article says: about 16%",
        zh: "原文說法：約 16%",
    }
    ShareHistoryTitle {
        en: "The Bank of Japan's share over time (excluding T-bills)",
        zh: "日本央行持有比例的變化（不含國庫券）",
    }
    ShareHistoryNote {
        en: "Dots are published data points; the thin line only joins them. A: quantitative and qualitative easing begins (April 2013). B: yield-curve control (September 2016). C: purchase cuts decided (31 July 2024), starting in August.",
        zh: "圓點是公布的資料點，細線只是把點連起來。A：量化質化寬鬆開始（2013 年 4 月）。B：殖利率曲線控制（2016 年 9 月）。C：決定減少購債（2024 年 7 月 31 日），自 8 月開始。",
    }
    BojShareLabel {
        en: "BOJ share",
        zh: "日本央行持有比例",
    }
    ColQuarter {
        en: "Quarter end",
        zh: "季末",
    }
    LossTitle {
        en: "A yield shock on the central banks' books",
        zh: "殖利率衝擊對兩家央行資產的影響",
    }
    LossIntro(shock) {
        en: "The yield lab's change of {shock} bp, applied to each bank's government bonds, by duration alone. Neither book's duration is in the lesson's data, so both are illustrative assumptions you can change.",
        zh: "把殖利率實驗的 {shock} 個基點變動，套用到兩家央行持有的公債上，只以存續期間估算。課程資料中沒有兩家央行持債的存續期間，因此兩者都是可調整的示意用假設。",
    }
    BojDuration {
        en: "Bank of Japan: assumed average duration (years)",
        zh: "日本央行：假設平均存續期間（年）",
    }
    FedDuration {
        en: "Fed: assumed average duration (years)",
        zh: "聯準會：假設平均存續期間（年）",
    }
    BojLoss {
        en: "Bank of Japan",
        zh: "日本央行",
    }
    FedLoss {
        en: "Federal Reserve",
        zh: "聯準會",
    }
    LossAmountYen(amount) {
        en: "{amount} tn yen",
        zh: "{amount} 兆日圓",
    }
    LossAmountUsd(amount) {
        en: "{amount} bn dollars",
        zh: "{amount} 億美元",
    }
    OfHoldings(pct) {
        en: "{pct}% of its holdings",
        zh: "占其持債 {pct}%",
    }
    OfMarket(pct) {
        en: "{pct}% of the whole market",
        zh: "占整個市場 {pct}%",
    }
    OfMarketNoBills(pct) {
        en: "{pct}% of the whole market, T-bills left out",
        zh: "占整個市場（不含國庫券）{pct}%",
    }
    LossSentence(shock, boj, fed) {
        en: "The same {shock} bp moves the value of the Bank of Japan's JGBs by {boj}% of the whole JGB market (T-bills left out), and the Fed's Treasuries by {fed}% of the Treasury market: the more of a market a central bank owns, the more of that market's price swings land on its own books.",
        zh: "同樣 {shock} 個基點，日本央行持有日債的價值變動相當於整個日債市場（不含國庫券）的 {boj}%，聯準會持有美債的變動相當於美債市場的 {fed}%：央行持有一個市場的比例越高，該市場的價格波動就有越多落在它自己的帳上。",
    }
    LossSentenceFedMore(shock, boj, fed) {
        en: "The same {shock} bp moves the value of the Bank of Japan's JGBs by {boj}% of the whole JGB market (T-bills left out), and the Fed's Treasuries by {fed}% of the Treasury market. Owning more of a market puts more of its swings on a central bank's books, and so do longer bonds: with the durations set here, the Fed's longer holdings outweigh the Bank of Japan's larger share.",
        zh: "同樣 {shock} 個基點，日本央行持有日債的價值變動相當於整個日債市場（不含國庫券）的 {boj}%，聯準會持有美債的變動則相當於美債市場的 {fed}%。持有一個市場的比例越高，該市場的價格波動就有越多落在央行自己的帳上；持有的債券越長也是如此：依這裡設定的存續期間，聯準會較長的持債抵過了日本央行較高的持有比例。",
    }
    TaperIntro {
        en: "The Bank of Japan is buying fewer JGBs every quarter. Whatever it no longer buys, somebody else has to. Move the pace of the cuts.",
        zh: "日本央行每季都在減少購買日債。它不再買的部分，就得由別人接手。試著調整減碼的速度。",
    }
    TaperCut {
        en: "Each quarter until March 2026, monthly purchases fall by",
        zh: "至 2026 年 3 月，每月購債金額每季減少",
    }
    TaperCut2026 {
        en: "Each quarter from April 2026, monthly purchases fall by",
        zh: "2026 年 4 月起，每月購債金額每季減少",
    }
    TaperSentence(start, march2026, march2027, absorbed) {
        en: "At this pace monthly purchases fall from ¥{start} tn in July 2024 to ¥{march2026} tn in March 2026 and ¥{march2027} tn in March 2027. Over those months private buyers must take up about ¥{absorbed} tn more than if the bank had kept buying ¥{start} tn a month.",
        zh: "依這個速度，每月購債將從 2024 年 7 月的 {start} 兆日圓，降至 2026 年 3 月的 {march2026} 兆日圓、2027 年 3 月的 {march2027} 兆日圓。這段期間，民間買家要比央行維持每月 {start} 兆日圓時多接手約 {absorbed} 兆日圓。",
    }
    TaperSentenceHold(start, march2026, absorbed) {
        en: "At this pace monthly purchases fall from ¥{start} tn in July 2024 to ¥{march2026} tn in March 2026 and stay there through March 2027. Over those months private buyers must take up about ¥{absorbed} tn more than if the bank had kept buying ¥{start} tn a month.",
        zh: "依這個速度，每月購債將從 2024 年 7 月的 {start} 兆日圓，降至 2026 年 3 月的 {march2026} 兆日圓，並維持到 2027 年 3 月。這段期間，民間買家要比央行維持每月 {start} 兆日圓時多接手約 {absorbed} 兆日圓。",
    }
    TaperNoCut {
        en: "none",
        zh: "無",
    }
    TaperSentenceStop(start, absorbed) {
        en: "At this pace monthly purchases, ¥{start} tn in July 2024, stop altogether by March 2026. Over the months to March 2027 private buyers must take up about ¥{absorbed} tn more than if the bank had kept buying ¥{start} tn a month.",
        zh: "依這個速度，2024 年 7 月每月 {start} 兆日圓的購債，到 2026 年 3 月將完全停止。到 2027 年 3 月為止，民間買家要比央行維持每月 {start} 兆日圓時多接手約 {absorbed} 兆日圓。",
    }
    TaperNone(start) {
        en: "With no cuts, monthly purchases stay at ¥{start} tn, and private buyers have nothing more to take up.",
        zh: "不減碼時，每月購債維持在 {start} 兆日圓，民間買家也不必多接手。",
    }
    TaperLate(start, march2027, absorbed) {
        en: "At this pace monthly purchases stay at ¥{start} tn until March 2026, then fall to ¥{march2027} tn in March 2027. Over those months private buyers must take up about ¥{absorbed} tn more than if the bank had kept buying ¥{start} tn a month.",
        zh: "依這個速度，每月購債到 2026 年 3 月都維持在 {start} 兆日圓，之後降至 2027 年 3 月的 {march2027} 兆日圓。這段期間，民間買家要比央行維持每月 {start} 兆日圓時多接手約 {absorbed} 兆日圓。",
    }
    TaperPlan(cut, plan_level, cut_2026) {
        en: "The actual plan: monthly purchases about {cut} lower each quarter from August 2024 (decided on 31 July 2024), reaching about ¥{plan_level} tn a month in January–March 2026; then {cut_2026} lower each quarter from April 2026 (decided in June 2025).",
        zh: "實際計畫：自 2024 年 8 月起，每月購債金額每季約減少 {cut}（2024 年 7 月 31 日決定），2026 年 1–3 月降至每月約 {plan_level} 兆日圓；2026 年 4 月起改為每季減少 {cut_2026}（2025 年 6 月決定）。",
    }
    TaperReset {
        en: "Back to the actual plan",
        zh: "回到實際計畫",
    }
    TaperAxis {
        en: "Monthly purchases (tn yen)",
        zh: "每月購債（兆日圓）",
    }
    TaperLine {
        en: "Purchases at this pace",
        zh: "此速度下的購債",
    }
    TaperFlat {
        en: "Kept at the July 2024 pace",
        zh: "維持 2024 年 7 月水準",
    }
    AuctionIntro {
        en: "Load a real auction, then change how many buyers turn up and how far apart their bids are. The machine allocates the bonds the way the issuer does and reports the figures the newspapers quoted.",
        zh: "載入一場真實的標售，再調整有多少買家出現、他們的出價有多分散。模擬器依發行者的規則分配債券，並算出新聞引用的那些數字。",
    }
    AuctionPick {
        en: "Auction",
        zh: "標售",
    }
    PresetJgbMay {
        en: "20-year JGB, 2025-05-20",
        zh: "日債 20 年期，2025-05-20",
    }
    PresetJgbApril {
        en: "20-year JGB, April 2025",
        zh: "日債 20 年期，2025 年 4 月",
    }
    PresetUst20 {
        en: "20-year Treasury, 2025-05-21",
        zh: "美債 20 年期，2025-05-21",
    }
    PresetUst10 {
        en: "10-year Treasury, 2025-05-06",
        zh: "美債 10 年期，2025-05-06",
    }
    DemandLabel {
        en: "Demand (bids ÷ amount offered)",
        zh: "需求（投標總額 ÷ 發行額）",
    }
    DispersionJgb {
        en: "Spread of bid prices",
        zh: "投標價格的分散程度",
    }
    DispersionHintJgb(setting, half) {
        en: "A spread of {setting} puts half of the amount bid within {half} either side of the middle bid's price.",
        zh: "分散程度 {setting} 時，一半的投標金額，價格落在中間價上下 {half}以內。",
    }
    DispersionHintUst(setting, half) {
        en: "A spread of {setting} bp puts half of the amount bid within {half} bp either side of the middle bid's yield.",
        zh: "分散程度 {setting} 個基點時，一半的投標金額，殖利率落在中間值上下 {half} 個基點以內。",
    }
    DispersionUst {
        en: "Spread of bid yields (bp)",
        zh: "投標殖利率的分散程度（基點）",
    }
    WiLabel {
        en: "When-issued yield just before the auction (%)",
        zh: "標售前的發行前交易殖利率（%）",
    }
    ResetAuction {
        en: "Back to the published auction",
        zh: "回到實際公布的結果",
    }
    RBtc {
        en: "Bid-to-cover",
        zh: "投標倍數",
    }
    RTailYen {
        en: "Tail (yen per ¥100)",
        zh: "尾差（每 100 日圓）",
    }
    RTailBp {
        en: "High yield − when-issued (bp)",
        zh: "得標殖利率 − 發行前交易殖利率（基點）",
    }
    RAvgPrice {
        en: "Average accepted price",
        zh: "平均得標價",
    }
    RLowPrice {
        en: "Lowest accepted price",
        zh: "最低得標價",
    }
    RHighYield {
        en: "High (stop-out) yield",
        zh: "最高得標殖利率",
    }
    RPctHigh {
        en: "Bids at exactly the high yield that were filled",
        zh: "剛好投在得標殖利率的投標獲分配比例",
    }
    RPctLow {
        en: "Bids at exactly the lowest price that were filled",
        zh: "剛好投在最低得標價的投標獲分配比例",
    }
    RDealers {
        en: "Primary dealers' share",
        zh: "初級交易商占比",
    }
    RIndirect {
        en: "Indirect bidders' share",
        zh: "間接投標者占比",
    }
    RPriceAtHigh {
        en: "Price at the high yield",
        zh: "最高得標殖利率對應價格",
    }
    TailWord {
        en: "tail",
        zh: "尾差",
    }
    StopThroughWord {
        en: "stop-through",
        zh: "得標優於預期",
    }
    LegendAccepted {
        en: "Accepted bids",
        zh: "得標的投標",
    }
    LegendRejected {
        en: "Rejected bids",
        zh: "未得標的投標",
    }
    LegendOffering {
        en: "Amount offered",
        zh: "發行額",
    }
    LegendLowest {
        en: "Lowest accepted price",
        zh: "最低得標價",
    }
    LegendAverage {
        en: "Average accepted price (the gap is the tail)",
        zh: "平均得標價（兩線差距即尾差）",
    }
    LegendHigh {
        en: "High yield",
        zh: "最高得標殖利率",
    }
    LegendWi {
        en: "When-issued yield (the gap is the tail)",
        zh: "發行前交易殖利率（兩線差距即尾差）",
    }
    LegendYours {
        en: "Your bid",
        zh: "你的投標",
    }
    AmountBnYen {
        en: "Bids, best first (¥ bn)",
        zh: "投標金額，由優至劣（億日圓）",
    }
    AmountBnUsd {
        en: "Bids, best first ($ bn)",
        zh: "投標金額，由優至劣（億美元）",
    }
    PriceAxis {
        en: "Price per ¥100",
        zh: "價格（每 100 日圓）",
    }
    YourBidTitle {
        en: "Place your own bid",
        zh: "自己下標",
    }
    YourPrice {
        en: "Your price per ¥100",
        zh: "你的出價（每 100 日圓）",
    }
    YourYield {
        en: "Your yield (%)",
        zh: "你的投標殖利率（%）",
    }
    YourAmount(unit) {
        en: "Amount ({unit})",
        zh: "金額（{unit}）",
    }
    UnitBnYen {
        en: "¥ bn",
        zh: "億日圓",
    }
    UnitBnUsd {
        en: "$ bn",
        zh: "億美元",
    }
    UsdTn(amount) {
        en: "{amount} tn dollars",
        zh: "{amount} 兆美元",
    }
    YourResultJgb(got, bid, price) {
        en: "You get {got} of the {bid} you bid, and pay your own price, {price}.",
        zh: "你投標 {bid}，得標 {got}，以你自己的出價 {price} 成交。",
    }
    YourResultUst(got, bid, high_yield) {
        en: "You get {got} of the {bid} you bid, at the high yield of {high_yield}% like every winner.",
        zh: "你投標 {bid}，得標 {got}，和所有得標者一樣適用得標殖利率 {high_yield}%。",
    }
    BidClamped(min, max, amount, level, used_amount) {
        en: "Your bid was brought into range (levels from {min} to {max}, amounts up to {amount}): it counts as {used_amount} at {level}.",
        zh: "你的投標已調整到允許範圍內（價位 {min} 到 {max}，金額最多 {amount}）：以 {level} 投標 {used_amount}計算。",
    }
    YourRejected(stop) {
        en: "Not filled: the auction was covered at {stop} before it reached your bid.",
        zh: "未得標：標售在 {stop} 就已額滿，沒輪到你的投標。",
    }
    AuctionExplainJgb(btc, lowest, tail, average) {
        en: "Bids worth {btc} times the amount offered came in, and the Ministry filled the highest prices first. The lowest price it had to accept was {lowest}, {tail} below the average of {average}: that gap is the tail. The ratio says how many spare buyers there were; the tail says how far down the Ministry had to go to sell it all.",
        zh: "投標總額是發行額的 {btc} 倍，財務省從最高價開始分配。它最後不得不接受的最低價是 {lowest}，比平均得標價 {average} 低了 {tail}：這個差距就是尾差。投標倍數說明超額的買盤有多少；尾差說明財務省要把價格降到多低才能全部賣出。",
    }
    AuctionExplainUst(btc, high_yield, pct_at_high, tail) {
        en: "Bids worth {btc} times the offering came in; the auction cleared at {high_yield}%, and every winner gets that yield. The high yield was {tail} bp from the when-issued yield, where the bond traded just before: above it is a tail, below it a stop-through. A side figure: of the bids placed exactly at the high yield, {pct_at_high}% were filled.",
        zh: "投標總額是發行額的 {btc} 倍；標售在 {high_yield}% 額滿，所有得標者都適用這個殖利率。得標殖利率與發行前交易殖利率（標售前一刻的交易水準）相差 {tail} 個基點：高於後者為尾差，低於後者為得標優於預期。次要數字：剛好投在得標殖利率的投標中，有 {pct_at_high}% 獲得分配。",
    }
    AuctionTwoMeanings {
        en: "Same word, different measures: in Tokyo the tail is a price gap inside a multiple-price auction (yen per ¥100); in Washington it is the high yield (the yield the auction cleared at) minus the when-issued yield (where the new bond traded just before the auction), in bp.",
        zh: "同一名詞，計算方式不同：在東京，尾差是複數價格標售中的價格差（每 100 日圓）；在華府，尾差是得標殖利率減去標售前一刻的發行前交易殖利率（基點）。",
    }
    AuctionCalibrated {
        en: "Each preset's bids are generated by a fixed rule and then tuned until the machine reproduces the published figures exactly; the individual bids are illustrative, since issuers do not publish them.",
        zh: "每個預設的投標都依固定規則產生，再調整到讓模擬器完全重現公布的數字；個別投標僅為示意，因為發行者不公布個別投標。",
    }
    JgbPriceNote(coupon) {
        en: "The price level is illustrative: the Ministry's reports give the ratio and the tail, and the lesson assumes a {coupon}% coupon (the bond's fixed yearly interest) with bids around par (100 per 100 of face value).",
        zh: "價格水準僅為示意：財務省公布投標倍數與尾差，本課程假設票面利率 {coupon}%，投標集中在面額附近。",
    }
    QuotedClaims(btc, tail) {
        en: "Quoted, not charted: the report called {btc} the lowest bid-to-cover since 2012 and ¥{tail} the largest tail since 1987; the lesson's data holds no JGB auction history that far back.",
        zh: "僅引述、未繪圖：報導稱 {btc} 是 2012 年以來最低的投標倍數、{tail} 日圓是 1987 年以來最大的尾差；本課程資料沒有那麼久遠的日債標售紀錄。",
    }
    HistoryTitle {
        en: "Bid-to-cover of US 10-, 20- and 30-year auctions, 2022–2025",
        zh: "2022–2025 年美國 10、20、30 年期公債標售的投標倍數",
    }
    HistoryNote(avg10, avg20, avg30) {
        en: "Dots are auctions (reopenings included); dashed lines are each maturity's average over the period: 10-year {avg10}, 20-year {avg20}, 30-year {avg30}.",
        zh: "圓點為各次標售（含增額發行）；虛線為各年期在此期間的平均：10 年期 {avg10}，20 年期 {avg20}，30 年期 {avg30}。",
    }
    AvgLabel(series) {
        en: "{series} average",
        zh: "{series} 平均",
    }
    BtcAxis {
        en: "Bid-to-cover",
        zh: "投標倍數",
    }
    JgbTableTitle {
        en: "Super-long JGB auctions of 2025 (news reports of the Ministry's results)",
        zh: "2025 年超長天期日債標售（新聞報導的財務省結果）",
    }
    ColTail {
        en: "Tail (yen)",
        zh: "尾差（日圓）",
    }
    ColAuctionDate {
        en: "Auction",
        zh: "標售日",
    }
    RunInMachine {
        en: "Run these Treasury auctions in the auction machine (section 2), with the history of US bid-to-cover ratios",
        zh: "在標售模擬器（第 2 節）中執行這些美債標售，並查看美國投標倍數的歷史",
    }
    OutCalmTaper {
        en: "The pressure eases: yields level off and the bank can keep trimming its purchases slowly.",
        zh: "壓力緩解：殖利率趨穩，央行可以繼續慢慢減少購債。",
    }
    OutCalmPause {
        en: "Halting the cuts when nothing forces it only slows the exit from easy money, and inflation pressure stays.",
        zh: "在沒有必要時停止縮減購債，只會拖慢退出寬鬆的腳步，通膨壓力也還在。",
    }
    OutCalmBuy {
        en: "Heavy buying with no crisis to fight fuels inflation and costs the bank its credibility.",
        zh: "沒有危機卻大量購債，會助長通膨，也讓央行失去信譽。",
    }
    OutRisingTaper {
        en: "Cutting purchases while yields climb invites disorder in the bond market, a scramble for cash, perhaps a wider financial crisis.",
        zh: "殖利率攀升時仍繼續縮減購債，可能引發債市失序、資金緊縮，甚至演變成更大的金融危機。",
    }
    OutRisingPause {
        en: "Halting the cuts and buying a little more is a balancing act: too little may not steady the market, and confidence can still crack.",
        zh: "停止縮減購債、稍微多買一些，是一場平衡考驗：買太少未必穩得住市場，信心仍可能破裂。",
    }
    OutRisingBuy {
        en: "Buying heavily calms the market for a while, but inflation can take off and the bank spends its credibility and its room to act.",
        zh: "大量購債能讓市場暫時平靜，但通膨可能加速，央行也會耗掉信譽與政策空間。",
    }
    OutFedEase {
        en: "Cutting rates too soon risks a second wave of inflation: the reason the Fed has been slow to ease.",
        zh: "太早降息，可能引來第二波通膨：這正是聯準會遲遲不放寬的原因。",
    }
    OutFedHold {
        en: "Waiting: the Treasury market has not reached the point of needing a rescue, and the Fed would act if it did.",
        zh: "按兵不動：美債市場還沒到需要救援的地步；真到那一步，聯準會會出手。",
    }
    OutFedTighten {
        en: "Raising rates to fight inflation could send Treasury yields out of control, strain the financial system and tip the economy into a recession (a hard landing).",
        zh: "為壓抑通膨而升息，可能讓美債殖利率失控、衝擊金融體系，並讓經濟硬著陸。",
    }
    FiscalIntro {
        en: "Japan borrowed cheaply for years. As debt falls due it is refinanced at today's yields, so a rise in yields reaches the interest bill gradually, faster when the debt is shorter.",
        zh: "日本多年來以低利率借錢。債務到期時要以當下的殖利率再融資，所以殖利率上升會逐步反映到利息支出上，債務年期越短，反映越快。",
    }
    FiscalFacts(debt, interest, debt_service) {
        en: "Central government debt: ¥{debt} tn (2025-03-31). Interest in the FY2025 budget: about ¥{interest} tn, within debt service of ¥{debt_service} tn.",
        zh: "中央政府債務：{debt} 兆日圓（2025-03-31）。2025 年度預算中的利息支出：約 {interest} 兆日圓，債務費用共 {debt_service} 兆日圓。",
    }
    DebtMaturity(years) {
        en: "Average maturity (years; the Ministry's own estimate assumes about {years})",
        zh: "平均年期（年；財務省自己的估算假設約 {years} 年）",
    }
    PathCustom {
        en: "Set my own path, year by year",
        zh: "自訂每年的路徑",
    }
    PathYear(year) {
        en: "Year {year} (bp)",
        zh: "第 {year} 年（基點）",
    }
    FiscalAssume(yield10) {
        en: "The model keeps the debt at its current size, starts from today's average rate (interest ÷ debt), and refinances 1/maturity of the debt each year at the 10-year JGB yield of 2025-05-22 ({yield10}%) plus your change. It is a teaching model, not a forecast.",
        zh: "此模型假設債務規模不變，從目前的平均利率（利息 ÷ 債務）出發，每年有「1／平均年期」的債務以 2025-05-22 的 10 年期日債殖利率（{yield10}%）加上你的變動再融資。這是教學模型，不是預測。",
    }
    FiscalSentenceUp(bp, after5, after10) {
        en: "If yields stay {bp} bp above today's level, the yearly interest bill after five years is {after5} tn yen higher than with yields unchanged, and {after10} tn yen higher after ten.",
        zh: "若殖利率一直比現在高 {bp} 個基點，五年後每年利息支出比殖利率不變時多 {after5} 兆日圓，十年後多 {after10} 兆日圓。",
    }
    FiscalSentenceDown(bp, after5, after10) {
        en: "If yields stay {bp} bp below today's level, the yearly interest bill after five years is {after5} tn yen lower than with yields unchanged, and {after10} tn yen lower after ten.",
        zh: "若殖利率一直比現在低 {bp} 個基點，五年後每年利息支出比殖利率不變時少 {after5} 兆日圓，十年後少 {after10} 兆日圓。",
    }
    FiscalSentenceZero {
        en: "The lab's yield change is 0 bp, so the bill is the one with yields unchanged: nothing extra after five years or after ten.",
        zh: "實驗的殖利率變動為 0 個基點，利息支出就與殖利率不變時相同：五年後、十年後都沒有額外增加。",
    }
    FiscalSentencePath(after5, after10) {
        en: "On your path, compared with yields unchanged, the yearly interest bill after five years is {after5}, and after ten years {after10}.",
        zh: "依你設定的路徑，和殖利率不變時相比，五年後每年利息支出{after5}，十年後{after10}。",
    }
    BillHigher(amount) {
        en: "{amount} tn yen higher",
        zh: "多 {amount} 兆日圓",
    }
    BillLower(amount) {
        en: "{amount} tn yen lower",
        zh: "少 {amount} 兆日圓",
    }
    BillSame {
        en: "the same",
        zh: "相同",
    }
    BillAxis {
        en: "Yearly interest (tn yen)",
        zh: "每年利息（兆日圓）",
    }
    BillBase {
        en: "Yields unchanged",
        zh: "殖利率不變",
    }
    BillShocked {
        en: "Your yield path",
        zh: "你的殖利率路徑",
    }
    ColYear {
        en: "Year",
        zh: "年",
    }
    UsFiscalNote(marketable) {
        en: "The United States: the lesson's data holds the Treasury's marketable debt (${marketable} tn) but no figure for its interest bill, so the same projection is left out rather than guessed.",
        zh: "美國：本課程資料有美國可流通公債餘額（{marketable} 兆美元），但沒有利息支出的數字，因此不做同樣的推算，以免憑空猜測。",
    }
    LoopTitle {
        en: "The loop, step by step",
        zh: "惡性循環，一步一步看",
    }
    LoopStepDemand {
        en: "Auction demand",
        zh: "標售需求",
    }
    LoopStepYields {
        en: "Yields",
        zh: "殖利率",
    }
    LoopStepBill {
        en: "Interest bill",
        zh: "利息支出",
    }
    LoopStepWorry {
        en: "Fiscal worry (a proxy)",
        zh: "財政疑慮（替代指標）",
    }
    LoopNumDemand(btc) {
        en: "bid-to-cover {btc} (auction machine)",
        zh: "投標倍數 {btc}（標售模擬器）",
    }
    LoopNumYieldsPath(yield10, change) {
        en: "On your own path: in year five the 10-year JGB is at {yield10}% ({change} bp from today), the rate the interest projection refinances at",
        zh: "依你自訂的路徑：第五年 10 年期日債為 {yield10}%（相對現在變動 {change} 個基點），即利息推算採用的再融資利率",
    }
    LoopNumYields(yield40, yield10, shock) {
        en: "After the lab's {shock} bp: 40-year JGB {yield40}%, 10-year {yield10}% (the rate the interest projection refinances at)",
        zh: "依實驗 {shock} 個基點：40 年期日債 {yield40}%，10 年期 {yield10}%（利息推算採用的再融資利率）",
    }
    LoopNumBill(extra) {
        en: "{extra} tn yen a year more after 5 years",
        zh: "五年後每年多 {extra} 兆日圓",
    }
    LoopNumBillSame {
        en: "no change after 5 years",
        zh: "五年後不變",
    }
    LoopNumBillLess(less) {
        en: "{less} tn yen a year less after 5 years",
        zh: "五年後每年少 {less} 兆日圓",
    }
    LoopNumWorry(pct) {
        en: "projected for year 5: interest {pct}% of debt service (which includes repayments, held at today's level)",
        zh: "第 5 年的推算：利息占債務費用 {pct}%（債務費用包含還本，還本金額維持目前水準）",
    }
    LoopNext {
        en: "Next step",
        zh: "下一步",
    }
    LoopToyTitle {
        en: "A toy model of the loop",
        zh: "惡性循環的簡化模型",
    }
    LoopToyIntro {
        en: "A deliberately simple teaching model, not a forecast. Each round, part of the extra yield feeds back through higher interest bills and fiscal worry into weaker demand and a further rise; the central bank can absorb part of the selling.",
        zh: "刻意簡化的教學模型，不是預測。每一輪，額外殖利率的一部分會經由更高的利息支出與財政疑慮，回饋成更弱的需求與進一步上升；央行可以吸收部分賣壓。",
    }
    LoopEquation {
        en: "premium next round = shock + g × premium now, with g = loop strength × (1 − share the central bank buys)",
        zh: "下一輪溢價 = 衝擊 + g × 本輪溢價，其中 g = 循環強度 ×（1 − 央行買下的比例）",
    }
    LoopStrength {
        en: "Loop strength",
        zh: "循環強度",
    }
    LoopBought {
        en: "Share of the selling the central bank takes on",
        zh: "央行承接賣盤的比例",
    }
    LoopSettles(gain, level, after, rounds) {
        en: "g = {gain} is below 1: the loop settles, with the yield premium heading for {level} bp over where yields started ({after} bp after {rounds} rounds).",
        zh: "g = {gain} 小於 1：循環會收斂，殖利率溢價最後趨近 {level} 個基點（{rounds} 輪後為 {after} 個基點）。",
    }
    LoopPassesCap(gain, cap, round) {
        en: "g = {gain} is above 1: each round adds more than the last, and yields run away, past {cap} bp by round {round}, where the chart stops.",
        zh: "g = {gain} 大於 1：每一輪增加的都比上一輪多，殖利率失控，第 {round} 輪就超過 {cap} 個基點，圖表畫到那裡為止。",
    }
    LoopRunsAway(gain, level, rounds) {
        en: "g = {gain} is above 1: each round adds more than the last, and yields run away ({level} bp after {rounds} rounds).",
        zh: "g = {gain} 大於 1：每一輪增加的都比上一輪多，殖利率失控（{rounds} 輪後達 {level} 個基點）。",
    }
    LoopAxis {
        en: "Yield premium (bp)",
        zh: "殖利率溢價（基點）",
    }
    LoopRound {
        en: "Round",
        zh: "回合",
    }
    ScenariosIntro {
        en: "Pick a path and a response to read the consequence the article describes, beside the results of your experiments elsewhere in the lesson.",
        zh: "選擇一條路徑與一種回應，看看原文描述的後果，並對照你在課程其他地方的實驗結果。",
    }
    BojDilemma {
        en: "The Bank of Japan",
        zh: "日本央行",
    }
    FedDilemma {
        en: "The Federal Reserve",
        zh: "聯準會",
    }
    PathLabel {
        en: "Yields from here",
        zh: "殖利率接下來",
    }
    PathCalm {
        en: "level off",
        zh: "趨穩",
    }
    PathRising {
        en: "keep climbing",
        zh: "持續攀升",
    }
    ResponseLabel {
        en: "The bank's response",
        zh: "央行的回應",
    }
    RespTaper {
        en: "keep cutting purchases",
        zh: "繼續減少購債",
    }
    RespPause {
        en: "halt the cuts, buy a little more",
        zh: "停止縮減購債、稍微多買",
    }
    RespBuy {
        en: "buy heavily",
        zh: "大量購債",
    }
    FedRespLabel {
        en: "The Fed's response",
        zh: "聯準會的回應",
    }
    FedEase {
        en: "ease",
        zh: "降息寬鬆",
    }
    FedHold {
        en: "hold",
        zh: "按兵不動",
    }
    FedTighten {
        en: "tighten",
        zh: "升息緊縮",
    }
    YearN(year) {
        en: "Year {year}",
        zh: "第 {year} 年",
    }
    MoveCursorPlain {
        en: "Move the cursor",
        zh: "移動游標",
    }
    SeeScenarios {
        en: "Try the Fed's choices in the policy paths (section 5)",
        zh: "在政策路徑中試試聯準會的選擇（第 5 節）",
    }
    ColOpen {
        en: "Open",
        zh: "開",
    }
    ColHigh {
        en: "High",
        zh: "高",
    }
    ColLow {
        en: "Low",
        zh: "低",
    }
    ColClose {
        en: "Close",
        zh: "收",
    }
    BpValue(bp) {
        en: "{bp} bp",
        zh: "{bp} 個基點",
    }
    SrcMofYields {
        en: "JGB interest rates (constant maturity), daily",
        zh: "日本公債利率（固定年期），每日資料",
    }
    SrcUstYields {
        en: "Daily Treasury par yield curve rates, with the Federal Reserve's H.15 series before 2021 and after mid-July 2025",
        zh: "美國公債每日平價殖利率曲線；2021 年以前與 2025 年 7 月中以後採用聯準會 H.15 資料序列",
    }
    SrcJgbAuction20y {
        en: "Report of the 20-year JGB auction results of 2025-05-20",
        zh: "2025-05-20 日本 20 年期公債標售結果的報導",
    }
    SrcJgbAuctionJune {
        en: "Auction calendar and results, June 2025",
        zh: "2025 年 6 月標售日程與結果",
    }
    SrcUstAuctionMay {
        en: "Treasury auction results, May 2025: amounts, bidder shares and the share filled at the high yield",
        zh: "2025 年 5 月美國公債標售結果：金額、各類投標者占比，以及最高殖利率投標的分配比例",
    }
    SrcUstAuctions {
        en: "Treasury Securities Auctions Data",
        zh: "美國公債標售資料庫",
    }
    SrcJgbAuctions2025 {
        en: "Results of the 2025 super-long JGB auctions",
        zh: "2025 年超長天期日債標售結果",
    }
    SrcBojFlowOfFunds {
        en: "Flow of Funds Accounts: JGBs excluding T-bills, at market value",
        zh: "資金循環統計：不含國庫券的日本公債，以市價計",
    }
    SrcBojFlowOfFundsIncl {
        en: "Flow of Funds Accounts: JGBs including T-bills, at market value",
        zh: "資金循環統計：含國庫券的日本公債，以市價計",
    }
    SrcBojFlowOfFunds2025 {
        en: "Report of the Bank of Japan's preliminary Flow of Funds for March 2025",
        zh: "日本央行 2025 年 3 月資金循環速報的報導",
    }
    SrcBojAccounts {
        en: "Bank of Japan Accounts: JGBs held, at book value",
        zh: "日本央行營業旬報：持有的日本公債，以帳面價值計",
    }
    SrcFedH41 {
        en: "H.4.1, Factors Affecting Reserve Balances: Treasuries held outright, Wednesday level",
        zh: "H.4.1〈影響準備金餘額的因素〉：直接持有的美國公債，週三餘額",
    }
    SrcFedH41Archive {
        en: "Earlier H.4.1 releases: Treasuries held outright, week averages",
        zh: "較早的 H.4.1 週報：直接持有的美國公債，週平均",
    }
    SrcUstMarketable {
        en: "Monthly Statement of the Public Debt: marketable securities outstanding",
        zh: "公債月報：可流通公債餘額",
    }
    SrcMofDebt {
        en: "Central government debt outstanding",
        zh: "中央政府債務餘額",
    }
    SrcBudgetDebtService {
        en: "Report of the debt-servicing costs in the FY2025 initial budget",
        zh: "2025 年度原始預算債務費用的報導",
    }
    SrcBudgetInterest {
        en: "FY2025 budget: interest payments within debt service",
        zh: "2025 年度預算：債務費用中的利息支出",
    }
    SrcBojTaperPlan {
        en: "Plan for the reduction of the Bank's JGB purchases (decided 2024-07-31)",
        zh: "日本央行減少購買日本公債的計畫（2024-07-31 決定）",
    }
    SrcBojTaperReview {
        en: "Interim assessment of the reduction plan (2025-06-17)",
        zh: "減債計畫的期中評估（2025-06-17）",
    }
    SrcMoodys {
        en: "Rating action on the United States (2025-05-16)",
        zh: "對美國的信評調整（2025-05-16）",
    }
    SrcNewsPeaks {
        en: "Report of super-long JGB yields and the 40-year auction",
        zh: "超長天期日債殖利率與 40 年期標售的報導",
    }
    SrcMofInterest {
        en: "Fiscal System Council, report on the FY2025 budget (2024-11-29): interest payments if rates are one point higher",
        zh: "財政制度等審議會 2025 年度預算報告（2024-11-29）：利率高出一個百分點時的利息支出",
    }
    CavMofYields {
        en: "Constant-maturity yields from end-of-day reference quotes. In the super-long sector in May 2025 they sit below the benchmark-bond quotes in the news, which price one traded bond. The 40-year series begins later than the others, in November 2007.",
        zh: "以收盤參考報價推算的固定年期殖利率。2025 年 5 月超長天期部分，數值低於新聞引用的指標債報價，後者是市場上單一檔指標債的殖利率報價。40 年期資料序列起始較晚，始於 2007 年 11 月。",
    }
    CavUstYields {
        en: "The Treasury's own figures throughout: its par curve from 2021, and the same numbers as republished by the Federal Reserve before and after. The two agree where they overlap. The 20-year series stops in mid-July 2025.",
        zh: "全部為美國財政部自己的數字：2021 年起採其平價殖利率曲線，前後期間採聯準會轉載的相同數字，兩者重疊處完全一致。20 年期資料序列於 2025 年 7 月中停止。",
    }
    CavJgbAuction20y {
        en: "A news report of the Ministry's results. April's figures are quoted there as the previous auction. \"Lowest since 2012\" and \"largest since 1987\" are the report's own comparisons; the lesson's data does not reach that far back.",
        zh: "財務省結果的新聞報導。4 月的數字是報導中引用的前一次標售。「2012 年以來最低」與「1987 年以來最大」是報導自己的比較，本課程的資料沒有那麼久遠。",
    }
    CavJgbAuctionJune {
        en: "The 12-month average ratio is the Ministry's, as quoted with that month's result.",
        zh: "12 個月平均投標倍數為財務省數字，隨當月結果一併引用。",
    }
    CavUstAuctionMay {
        en: "Amounts, bidder shares and the share filled at the high yield are the Treasury's. Tails against the when-issued yield come from news reports; the 20-year's was reported only approximately.",
        zh: "金額、投標者占比與最高殖利率投標的分配比例為美國財政部數字。相對發行前交易殖利率的尾差取自新聞報導，其中 20 年期只有約略數字。",
    }
    CavUstAuctions {
        en: "Reopenings are flagged. Bid-to-cover counts competitive and non-competitive bids against the amount accepted.",
        zh: "已標示增額發行。投標倍數以競標與非競標投標總額除以得標金額計算。",
    }
    CavJgbAuctions2025 {
        en: "Compiled from news reports of the Ministry's results and from the Ministry's monthly pages, one address per auction. The day of the April 2025 auction was not captured.",
        zh: "彙整自財務省結果的新聞報導與財務省每月頁面，每場標售各附一個出處。2025 年 4 月標售的確切日期未能取得。",
    }
    CavBojFlowOfFunds {
        en: "The Bank's figures as reported by Jiji, Kyodo and Reuters. No 2025 figure on this basis (excluding T-bills) was found.",
        zh: "日本央行數字，經時事通信、共同社與路透社報導。找不到此計算基礎（不含國庫券）的 2025 年數字。",
    }
    CavBojFlowOfFundsIncl {
        en: "Taken from a Reuters report in Japanese; not yet checked against the Bank's own tables.",
        zh: "取自路透社日文報導，尚未與日本央行自己的表格核對。",
    }
    CavBojFlowOfFunds2025 {
        en: "Including T-bills only, as reported from the preliminary figures.",
        zh: "僅有含國庫券的計算基礎，依速報數字的報導。",
    }
    CavBojAccounts {
        en: "Book value (amortised cost), not market value, so it does not move with market prices.",
        zh: "以帳面價值（攤銷後成本）計，而非市價，因此不隨市場價格變動。",
    }
    CavFedH41Archive {
        en: "Week averages, so they differ slightly from the Wednesday level.",
        zh: "為週平均，與週三餘額略有差異。",
    }
    CavUstMarketable {
        en: "Marketable debt only (bills, notes, bonds and other marketable securities), not total public debt, as summarised by the Joint Economic Committee.",
        zh: "僅計可流通公債（國庫券、中期與長期公債及其他可流通證券），不是公債總額；依美國國會聯合經濟委員會的整理。",
    }
    CavMofDebt {
        en: "JGBs, borrowings and financing bills together.",
        zh: "包含日本公債、借款與政府短期證券。",
    }
    CavBudgetDebtService {
        en: "Debt service includes redemptions as well as interest.",
        zh: "債務費用除了利息，也包含還本。",
    }
    CavBudgetInterest {
        en: "An approximate figure, as reported by NHK from the budget.",
        zh: "為約略數字，依 NHK 對預算的報導。",
    }
    CavBojTaperPlan {
        en: "The plan states its amounts as approximate. Actual purchases in early 2026 came in slightly below the plan's target.",
        zh: "計畫中的金額本身就是約略值。2026 年初的實際購債略低於計畫目標。",
    }
    CavNewsPeaks {
        en: "Market quotes for the benchmark bonds, not the Ministry's constant-maturity series. For the fall on 2025-05-27 the report gives the closing move; an earlier intraday report gave a smaller one.",
        zh: "指標債的市場報價，而非財務省的固定年期資料序列。2025-05-27 的跌幅為報導中的收盤變動；較早的盤中報導數字較小。",
    }
    CavMofInterest {
        en: "A mechanical estimate, read from the labels of the Ministry's chart. Rates are one point above the Ministry's baseline from FY2025, and new issuance is held flat from FY2028.",
        zh: "機械式估算，數字讀自財務省圖表的標示。假設自 2025 年度起利率比財務省基準高一個百分點，2028 年度起新發行額維持不變。",
    }
    SourceItem(title, as_of) {
        en: "{title}, {as_of}.",
        zh: "{title}，{as_of}。",
    }
    LabelSep {
        en: ": ",
        zh: "：",
    }
    EvUstAvgBtc {
        en: "20-year Treasury auctions 2022–2025, average bid-to-cover",
        zh: "2022–2025 年 20 年期美債標售，平均投標倍數",
    }
    EvJgbAvgBtc {
        en: "20-year JGB auctions, 12-month average bid-to-cover (MOF)",
        zh: "20 年期日債標售，12 個月平均投標倍數（財務省）",
    }
    EvJgbTailApril {
        en: "Same auction in April, tail (yen per ¥100)",
        zh: "4 月同年期標售，尾差（每 100 日圓）",
    }
    EvUst20Tail {
        en: "20-year Treasury auction, high yield minus when-issued (bp; above zero is a tail)",
        zh: "20 年期美債標售，得標殖利率減發行前交易殖利率（基點；大於零為尾差）",
    }
    EvUst10Tail {
        en: "10-year Treasury auction of 6 May, high yield minus when-issued (bp; below zero is a stop-through)",
        zh: "5 月 6 日 10 年期美債標售，得標殖利率減發行前交易殖利率（基點；小於零為得標優於預期）",
    }
    EvUst30 {
        en: "30-year Treasury yield (%)",
        zh: "30 年期美債殖利率（%）",
    }
    EvBojShareIncl2025 {
        en: "Bank of Japan's share of JGBs including T-bills, March 2025 (%)",
        zh: "日本央行持有日債比例，含國庫券，2025 年 3 月（%）",
    }
    EvOther {
        en: "Published figure",
        zh: "公布數字",
    }
    EvUst30Shock(shock) {
        en: "30-year Treasury at its 2025-05-21 yield: price change for the lab's {shock} bp (%)",
        zh: "30 年期美債（2025-05-21 殖利率）在實驗的 {shock} 個基點變動下的價格變動（%）",
    }
    EvJgb30Shock(shock) {
        en: "30-year JGB at its 2025-05-22 yield: price change for the lab's {shock} bp (%)",
        zh: "30 年期日債（2025-05-22 殖利率）在實驗的 {shock} 個基點變動下的價格變動（%）",
    }
    AuctionUndersold(pct, unsold) {
        en: "Undersubscribed: bids came to only {pct}% of the amount offered, so {unsold} found no buyer. An issuer would call this a failed auction.",
        zh: "認購不足：投標總額只有發行額的 {pct}%，有 {unsold} 沒有買家。對發行者來說，這就是標售失敗。",
    }
    VerdictWhyUnsold {
        en: "Bids fell short of the amount offered.",
        zh: "投標總額不足發行額。",
    }
    VerdictFailed {
        en: "Verdict: a failed auction.",
        zh: "判斷：標售未能足額發行。",
    }
    VerdictWhyBtc(btc, limit) {
        en: "Bid-to-cover, {btc}, is below {limit}.",
        zh: "投標倍數 {btc}，低於 {limit}。",
    }
    VerdictWhyTail(tail, limit) {
        en: "The tail, ¥{tail}, is longer than ¥{limit}.",
        zh: "尾差 {tail} 日圓，超過 {limit} 日圓。",
    }
    VerdictSpreadHint {
        en: "Bids cover the offering well here; the tail stays long because the bids are spread out. Try the spread slider.",
        zh: "這裡的投標倍數已經夠高；尾差仍長，是因為出價很分散。試試投標價格分散程度的滑桿。",
    }
    VerdictRuleJgb(avg, calm_low, calm_high, weak_btc, weak_tail, firm_btc, firm_tail) {
        en: "How the verdict is reached: the Ministry's 12-month average bid-to-cover was {avg}, and the calm 20-year auctions of June to August 2025 had tails of ¥{calm_low}–{calm_high}. Against that, a 20-year auction is weak below {weak_btc} or with a tail above ¥{weak_tail}; firm at {firm_btc} or more with a tail of ¥{firm_tail} or less; otherwise softer than usual.",
        zh: "判斷方式：財務省公布的 12 個月平均投標倍數為 {avg}，2025 年 6 月至 8 月較平穩的 20 年期標售尾差為 {calm_low}–{calm_high} 日圓。以此為準，20 年期標售的投標倍數低於 {weak_btc} 或尾差大於 {weak_tail} 日圓為疲弱；投標倍數至少 {firm_btc} 且尾差不超過 {firm_tail} 日圓為穩健；其餘為比平常偏軟。",
    }
    VerdictRuleUst(band) {
        en: "How the verdict is reached: a Treasury auction is judged by its high yield against the when-issued yield. More than {band} bp above it is a tail (soft demand); more than {band} bp below, a stop-through (strong demand); in between, about as expected.",
        zh: "判斷方式：美債標售看得標殖利率與發行前交易殖利率的差距。高出超過 {band} 個基點為尾差（需求偏軟）；低於超過 {band} 個基點為得標優於預期（需求強勁）；介於兩者之間則大致符合預期。",
    }
    VerdictJgbWeak {
        en: "Verdict: weak demand.",
        zh: "判斷：需求疲弱。",
    }
    VerdictJgbSofter {
        en: "Verdict: softer than usual, but not weak.",
        zh: "判斷：比平常偏軟，但還不算疲弱。",
    }
    VerdictJgbFirm {
        en: "Verdict: firm demand.",
        zh: "判斷：需求穩健。",
    }
    VerdictUstTail {
        en: "Verdict: soft. Buyers needed a higher yield than the market offered just before.",
        zh: "判斷：偏軟。買家要求的殖利率高於標售前一刻的市場水準。",
    }
    VerdictUstStop {
        en: "Verdict: strong. Buyers accepted a lower yield than the market offered just before.",
        zh: "判斷：強勁。買家接受的殖利率低於標售前一刻的市場水準。",
    }
    VerdictUstInLine {
        en: "Verdict: about as expected.",
        zh: "判斷：大致符合預期。",
    }
    JgbScaleNote {
        en: "April's and May's 20-year JGB auctions are drawn on the same price scale: switch between them above to compare their tails by eye.",
        zh: "4 月與 5 月兩場 20 年期日債標售使用同一個價格刻度：在上方切換，就能直接用眼睛比較兩者的尾差。",
    }
    JgbTableLinks {
        en: "Each date links to the report of that auction.",
        zh: "每個日期都連到該場標售的報導。",
    }
    Jgb40SinglePrice {
        en: "The 40-year has no tail: it is sold in a single-price (Dutch) auction, where every winner pays the same price.",
        zh: "40 年期沒有尾差：它採單一價格（荷蘭式）標售，所有得標者支付同一價格。",
    }
    YenBn(amount) {
        en: "¥{amount} bn",
        zh: "{amount} 億日圓",
    }
    PathHint {
        en: "Unticked, the lab's yield change is held from now on.",
        zh: "不勾選時，沿用殖利率實驗的變動，並從現在起維持不變。",
    }
    BaselineRises(avg, yield10) {
        en: "Why does the bill rise even with yields unchanged? The debt carries an average rate of only {avg}% today (interest ÷ debt), below the 10-year yield of {yield10}%: as old, cheaper debt matures, it is refinanced at today's yield.",
        zh: "為什麼殖利率不變，利息支出還是上升？目前債務的平均利率只有 {avg}%（利息 ÷ 債務），低於 10 年期殖利率 {yield10}%：過去借的便宜債務到期後，要用今天的殖利率再融資。",
    }
    MofTitle {
        en: "Beside the Ministry of Finance's own estimate: extra interest if rates are 1 point higher (tn yen)",
        zh: "與財務省自己的估算並列：利率高出 1 個百分點時多出的利息（兆日圓）",
    }
    ColFiscalYear {
        en: "Fiscal year",
        zh: "會計年度",
    }
    ColThisModel {
        en: "This lesson's model",
        zh: "本課程的模型",
    }
    ColMinistry {
        en: "Ministry of Finance",
        zh: "財務省",
    }
    FiscalYear(year) {
        en: "FY{year}",
        zh: "{year} 年度",
    }
    MofFigures(first_year, first_model, first_mof, last_year, last_model, last_mof) {
        en: "In FY{first_year} the simple model adds ¥{first_model} tn against the Ministry's ¥{first_mof} tn; in FY{last_year}, ¥{last_model} tn against ¥{last_mof} tn.",
        zh: "{first_year} 年度，簡化模型多出 {first_model} 兆日圓，財務省為 {first_mof} 兆日圓；{last_year} 年度，模型為 {last_model} 兆日圓，財務省為 {last_mof} 兆日圓。",
    }
    MofFirstAhead {
        en: "The model runs ahead at first because of timing: it charges a full year of the higher rate on everything that refinances, while bonds sold during a year pay it for only part of that year.",
        zh: "模型一開始跑在前面，是時間差造成的：它讓每年再融資的債務整年都適用較高利率，但年度中才發行的債券，當年只需付部分期間的利息。",
    }
    MofFirstClose {
        en: "In the first year the two are close.",
        zh: "第一年兩者相近。",
    }
    MofFirstBehind {
        en: "The model starts behind: with a long average maturity, little debt refinances in the first year.",
        zh: "模型一開始落後：平均年期較長時，第一年再融資的債務很少。",
    }
    MofLastAhead {
        en: "It stays ahead because its debt base, all central-government debt including short-term bills, is larger than the bonds the Ministry counts.",
        zh: "它到最後仍領先，因為它的債務基礎（包含短期證券在內的全部中央政府債務）大於財務省計算的公債。",
    }
    MofLastClose {
        en: "By the last year they meet: the model's larger debt base (all central-government debt, held flat) roughly offsets the new borrowing the Ministry adds each year.",
        zh: "到最後一年兩者相近：模型的債務基礎較大（全部中央政府債務，規模不變），大致抵銷了財務省每年加入的新發行額。",
    }
    MofLastBehind {
        en: "It ends behind because it holds the debt flat, while the Ministry adds new borrowing each year.",
        zh: "它最後落後，因為它假設債務規模不變，而財務省每年都加入新的借款。",
    }
    LoopCaptionDemand {
        en: "Weak auctions: with fewer bids, the issuer must accept lower prices, which means higher yields.",
        zh: "標售疲弱：投標變少，發行者只能接受較低的價格，也就是較高的殖利率。",
    }
    LoopCaptionYields {
        en: "Higher yields: every bond sold from now on pays more interest.",
        zh: "殖利率上升：從現在起發行的每一檔債券，都要付更多利息。",
    }
    LoopCaptionBill {
        en: "A bigger interest bill: as old debt matures, it is refinanced at the higher yields, year after year.",
        zh: "利息支出增加：舊債陸續到期，一年一年以較高的殖利率再融資。",
    }
    LoopCaptionWorry {
        en: "More fiscal worry: more of the budget goes on interest, buyers ask more to hold the debt, and the next auction is weaker still.",
        zh: "財政疑慮加深：預算中更多錢用來付利息，買家要求更高的報酬才願意持有，下一場標售就更弱。",
    }
    LoopGrowsSteadily(gain, level, rounds) {
        en: "g = {gain}: each round adds the same amount again, so yields climb without limit ({level} bp after {rounds} rounds).",
        zh: "g = {gain}：每一輪都再增加同樣的幅度，殖利率會無止境地上升（{rounds} 輪後達 {level} 個基點）。",
    }
    LoopRunawayContext {
        en: "A runaway is the point of the model, not a forecast: it shows what happens if nothing breaks the loop. No real yield climbs like this; long before, the central bank would buy, the government would act, or investors would find the yield too good to pass up.",
        zh: "失控正是這個模型要說明的重點，而不是預測：它呈現的是沒有任何力量打斷循環時會發生什麼。現實中沒有殖利率會這樣上升；在那之前，央行會進場買債、政府會採取行動，或投資人會覺得殖利率高到值得買進。",
    }
    LoopNeedsRise {
        en: "The loop starts from a rise in yields: set a positive change in the yield lab to run it.",
        zh: "這個循環從殖利率上升開始：請在殖利率實驗中設定正的變動，再來執行。",
    }
    ExperimentNumbers(shock, yield40, yield10, interest, boj_share, boj_date, fed_share) {
        en: "Experiment results, not today's market: with the lab's change of {shock} bp, the 40-year JGB would be at {yield40}% and the 10-year Treasury at {yield10}%. {interest} Shares held: Bank of Japan {boj_share}% ({boj_date}), Fed {fed_share}%.",
        zh: "實驗結果，並非當前市況：套用實驗的 {shock} 個基點變動，40 年期日債將為 {yield40}%，10 年期美債為 {yield10}%。{interest}持有比例：日本央行 {boj_share}%（{boj_date}），聯準會 {fed_share}%。",
    }
    ExperimentInterest(change) {
        en: "Compared with yields unchanged, Japan's yearly interest bill after five years would be {change}.",
        zh: "和殖利率不變時相比，五年後日本每年利息支出{change}。",
    }
    ExperimentInterestOwnPath(change) {
        en: "On your own yield path in the fiscal loop, compared with yields unchanged, Japan's yearly interest bill after five years would be {change}.",
        zh: "依你在財政循環中自訂的殖利率路徑，和殖利率不變時相比，五年後日本每年利息支出{change}。",
    }
    LossBasis(boj_date, fed_date) {
        en: "These are unrealised changes in market value, paper gains or losses rather than cash, and the two are on different bases: the Bank of Japan's holdings at market value ({boj_date}), the Fed's at face value ({fed_date}). The Bank of Japan keeps its own books at amortised cost, so its accounts do not show such swings.",
        zh: "這些是未實現的市值變動，是帳面上的損益而非現金，而且兩者的計算基礎不同：日本央行的持債以市價計（{boj_date}），聯準會的以面額計（{fed_date}）。日本央行自己的帳以攤銷後成本入帳，因此帳上不會出現這樣的波動。",
    }
    SourceIntro(title) {
        en: "The lesson is built on one article, “{title}” (roughly: “US and Japanese bonds leap off the roof together! JGB auction demand collapses: is Japan's debt crisis here?”), a Chinese-language market commentary published in late May 2025. “The article” below always means that commentary; where the data disagrees with it, the lesson says so.",
        zh: "本課程依據一篇文章：〈{title}〉，是 2025 年 5 月下旬發表的中文市場評論。下文所稱「原文」都是指這篇評論；資料與原文不一致時，課程會明白指出。",
    }
    TimelineNote {
        en: "bp is short for basis point, a hundredth of a percentage point: a yield that goes from 3.00% to 3.25% has risen 25 bp. The figures for 22 and 27 May come from two measures, the Ministry's constant-maturity yield and the news quote for one traded bond, so they do not line up exactly; section 3 explains the difference.",
        zh: "基點（bp）是百分之一個百分點：殖利率從 3.00% 升到 3.25%，就是上升 25 個基點。5 月 22 日與 27 日的數字來自兩種計算方式：財務省的固定年期殖利率，以及新聞引用的單一檔指標債報價，所以彼此對不太上；第 3 節會說明兩者的差別。",
    }
    ArticleTailNote(tail) {
        en: "The article says the tail is the gap between the yield the market expected and the one announced, which is how Treasury auctions measure it; the Ministry measures its tail as a gap in price, the average accepted price minus the lowest (¥{tail} per ¥100 in May).",
        zh: "原文說尾差是「市場預期利率與實際公布利率之差」，那是美債標售的計算方式；資料顯示，財務省的尾差是價格差：平均得標價減最低得標價（5 月為每 100 日圓 {tail} 日圓）。",
    }
    LaterHigher(may_value, max, date) {
        en: "The chart runs past the event. The {may_value}% of 22 May 2025 was a record at the time, not the top: the 40-year went higher later, to {max}% on {date}. Section 11 says what happened next.",
        zh: "圖表的時間涵蓋事件之後。2025 年 5 月 22 日的 {may_value}% 在當時是紀錄，但不是最高點：40 年期後來升得更高，{date} 達到 {max}%。後續發展見第 11 節。",
    }
    QtWhat {
        en: "That is quantitative tightening (QT), quantitative easing run in reverse: a central bank buys fewer bonds than it holds coming due, so its holdings shrink and others must hold what it no longer does.",
        zh: "這就是量化緊縮（QT），也就是量化寬鬆的反向操作：央行買進的債券少於手上到期的債券，持債因此減少，原本由它持有的部分就得由別人接手。",
    }
    QtFigures(boj_from, boj_from_date, boj_to, boj_to_date, boj_change, boj_pct, fed_from, fed_from_date, fed_to, fed_to_date, fed_change) {
        en: "In the data: the Bank of Japan's JGBs went from ¥{boj_from} tn ({boj_from_date}) to ¥{boj_to} tn ({boj_to_date}), a change of {boj_change} tn yen or {boj_pct}% at book value. The Fed's Treasuries went from ${fed_from} tn ({fed_from_date}) to ${fed_to} tn ({fed_to_date}), a change of {fed_change}.",
        zh: "資料顯示：日本央行持有的日債從 {boj_from} 兆日圓（{boj_from_date}）變為 {boj_to} 兆日圓（{boj_to_date}），以帳面價值計變動 {boj_change} 兆日圓，即 {boj_pct}%。聯準會持有的美債從 {fed_from} 兆美元（{fed_from_date}）變為 {fed_to} 兆美元（{fed_to_date}），變動 {fed_change}。",
    }
    S6Counter(date, stop, indirect) {
        en: "For contrast, the 10-year of {date} sold {stop} bp below its when-issued yield, a stop-through, with indirect bidders taking {indirect}%: strong demand.",
        zh: "作為對照，{date} 的 10 年期標售，得標殖利率比發行前交易殖利率低 {stop} 個基點，屬於得標優於預期，間接投標者拿下 {indirect}%：需求強勁。",
    }
    S6FillNote(pct20, pct10) {
        en: "The article reads a sharp rise in the share filled at the high yield as waning interest; the data shows it is a noisy side signal. Every winner gets the high yield anyway; the share only says how much of the bidding at that last yield was filled. At the strong 10-year, {pct10}% of the bids at the high yield were filled; at the soft 20-year, only {pct20}%.",
        zh: "原文把「最高殖利率分配比例大幅提高」解讀為買氣下降；資料顯示這只是雜訊很多的次要訊號。反正所有得標者都適用得標殖利率；這個比例只表示剛好投在這個殖利率的投標有多少獲得分配。需求強勁的 10 年期是 {pct10}%，需求偏軟的 20 年期只有 {pct20}%。",
    }
    InsideBand {
        en: "inside it",
        zh: "仍在區帶內",
    }
    OutsideBand {
        en: "outside it at times",
        zh: "有時超出區帶",
    }
    MayCompare(lead, ust_bp, ust_from, ust_to, jgb_bp, jgb_from, jgb_to, year_from, ust_year, jgb_year, ust_since) {
        en: "{lead}: the 30-year Treasury moved {ust_bp} bp from {ust_from} to {ust_to}, the 40-year JGB {jgb_bp} bp from {jgb_from} to {jgb_to}. The difference lay in the year before May: since {year_from} the 40-year JGB had moved {jgb_year} bp and the 30-year Treasury {ust_year} bp, and the JGB closed at a record while the Treasury was at its highest only since {ust_since}.",
        zh: "{lead}：30 年期美債從 {ust_from} 到 {ust_to} 變動 {ust_bp} 個基點，40 年期日債從 {jgb_from} 到 {jgb_to} 變動 {jgb_bp} 個基點。差別在 5 月之前：從 {year_from} 起算，40 年期日債變動 {jgb_year} 個基點，30 年期美債變動 {ust_year} 個基點；而且日債收在歷史新高，美債則只是 {ust_since} 以來最高。",
    }
    MayAlike {
        en: "In May alone the two markets moved alike",
        zh: "單看 5 月，兩個市場的走勢相近",
    }
    MayApart {
        en: "In May the two markets moved differently",
        zh: "5 月兩個市場的走勢並不相同",
    }
    S9Qt(fed_from, fed_from_date, fed_to, fed_to_date) {
        en: "Meanwhile the Fed keeps shrinking its bond holdings, its own QT (section 4): its Treasuries went from ${fed_from} tn on {fed_from_date} to ${fed_to} tn on {fed_to_date}. Stepping in to rescue the market would mean turning that around and buying again.",
        zh: "同時，聯準會仍在縮減持債，也就是它自己的量化緊縮（見第 4 節）：持有的美債從 {fed_from_date} 的 {fed_from} 兆美元，降到 {fed_to_date} 的 {fed_to} 兆美元。若要出手救市，就得反轉方向、重新買債。",
    }
    MarketClosed(last) {
        en: "market closed (last close {last})",
        zh: "休市（前一交易日收盤 {last}）",
    }
    ListSep {
        en: ", ",
        zh: "，",
    }
    ValueWithRange(value, low, high) {
        en: "{value} ({low}–{high})",
        zh: "{value}（{low}–{high}）",
    }
    AxisPct(label) {
        en: "{label} (%)",
        zh: "{label}（%）",
    }
    ArticleFirst40(start) {
        en: "The article says the 40-year was first sold in May 2007; the data shows the Ministry's 40-year series beginning on {start}, so its line starts there.",
        zh: "原文說 40 年期於 2007 年 5 月首次發售；資料顯示，財務省的 40 年期資料序列始於 {start}，所以線從那時開始。",
    }
    LabPresetHint {
        en: "Each is a par bond (its coupon equals its yield) at the published yield: the Ministry of Finance's for JGBs, the US Treasury's for Treasuries.",
        zh: "每一檔都是平價債（票面利率等於殖利率），採用公布的殖利率：日債用財務省的數字，美債用美國財政部的數字。",
    }
    LabCustomHint {
        en: "A bond of your own: it is priced at 100 only when its coupon equals its yield.",
        zh: "自訂債券：只有票面利率等於殖利率時，價格才是 100。",
    }
    ValueWithWord(value, word) {
        en: "{value} ({word})",
        zh: "{value}（{word}）",
    }
    ColMonthPlain {
        en: "Month",
        zh: "月份",
    }
    TenorTick {
        en: "Y",
        zh: "年",
    }
    DataGap(from, to) {
        en: "The data has no daily closes between {from} and {to}, so those weeks are blank.",
        zh: "資料在 {from} 與 {to} 之間沒有每日收盤，因此這幾週是空白的。",
    }
    CorrectionsTitle {
        en: "Changes to figures",
        zh: "數字更正紀錄",
    }
    CorrectionsIntro(date) {
        en: "If you printed an earlier edition, these figures changed on {date}: what it said, what it says now, and why.",
        zh: "如果你列印過較早的版本，以下數字已在 {date} 更正：原本寫什麼、現在寫什麼，以及原因。",
    }
    CorrMayWindow(before, jgb, ust) {
        en: "Section 7, the May comparison: the 40-year JGB's rise was counted from 2025-05-01 ({before} bp) and the 30-year Treasury's from 2025-04-30. Both now start from April's last close, so they cover the same days: the JGB {jgb} bp, the Treasury {ust} bp.",
        zh: "第 7 節的五月比較：原本 40 年期日債的升幅從 2025-05-01 起算（{before} 個基點），30 年期美債則從 2025-04-30 起算。現在兩者都從 4 月最後一個收盤起算，涵蓋相同的日子：日債 {jgb} 個基點，美債 {ust} 個基點。",
    }
    CorrFall(fall, level, cm) {
        en: "The 40-year JGB's fall on 27 May 2025: was 24 bp; now {fall} bp to {level}% (Reuters, closing move), with the Ministry's constant-maturity move of {cm} bp beside it. The revised sources give the closing figure; 24 bp was an earlier intraday report.",
        zh: "2025 年 5 月 27 日 40 年期日債的跌幅：原為 24 個基點；現為下跌 {fall} 個基點至 {level}%（路透社，收盤變動），並列出財務省固定年期殖利率的 {cm} 個基點變動。修訂後的資料來源採收盤數字；24 個基點是較早的盤中報導。",
    }
    CorrLadder(now) {
        en: "Section 3, the 'every maturity' bars, 40-year for +100 bp: was −24.9% (every bar priced at the yield picked above); now {now}% (each maturity at its own par yield), matching the text beside it.",
        zh: "第 3 節「各年期比較」長條，40 年期在 +100 個基點下：原為 −24.9%（所有長條都用上方所選的殖利率計算）；現為 {now}%（各年期以各自的平價殖利率計算），與旁邊的文字一致。",
    }
    CorrPriceRow {
        en: "Risk table, 'price sensitivity' row: was a 40-year JGB's price change beside a 10-year Treasury's; now 'how fast buyers step back', from the auctions a month apart and 30-year bonds in both markets. The old row compared unlike bonds and measured duration, not buyers.",
        zh: "風險比較表「價格敏感度」一列：原為 40 年期日債與 10 年期美債的價格變動並列；現改為「買盤退場的速度」，依據相隔一個月的標售，以及兩個市場的 30 年期債券。舊的一列比較的是不同年期的債券，量的是存續期間，而不是買家。",
    }
    CorrPriceSame(jgb, ust) {
        en: "Risk table, 'how fast buyers step back', JGBs: said a 30-year JGB loses about as much as a 30-year Treasury for the same rise in yield. The table's own figures say otherwise, {jgb}% against {ust}% at +100 bp: the JGB's lower yield gives it the longer duration. The cell no longer compares them; each market's evidence gives its own figure.",
        zh: "風險比較表「買盤退場的速度」日債一格：原寫 30 年期日債在相同殖利率升幅下的跌幅與 30 年期美債相近。表中自己的數字並非如此：+100 個基點下分別為 {jgb}% 與 {ust}%，因為日債殖利率較低、存續期間較長。現已刪去這項比較，兩個市場的數字各列在自己的「證據」中。",
    }
    CorrWorry(now) {
        en: "The loop's 'fiscal worry' figure: was 'interest = 58.1% of debt service'; now {now}% for year 5 at +100 bp, labelled a projection with repayments held at today's level. The old figure mixed this year's debt service with year five's interest.",
        zh: "惡性循環中的「財政疑慮」數字：原為「利息占債務費用 58.1%」；現為 +100 個基點下第 5 年的 {now}%，並標明是推算、還本維持目前水準。舊數字把今年的債務費用與第 5 年的利息混在一起。",
    }
    CorrScenario {
        en: "Policy paths: the figures were headed 'with today's numbers'; they are now labelled experiment results, since they include the lab's yield change.",
        zh: "政策路徑：數字原標為「以目前數字來看」；由於其中包含實驗的殖利率變動，現改標為實驗結果。",
    }
    CorrRecords {
        en: "22 May 2025: was 'super-long JGB yields hit records'; now the 30- and 40-year closed at records, computed from the Ministry's whole series. The 20-year was far higher around 1990.",
        zh: "2025 年 5 月 22 日：原為「超長天期日債殖利率創紀錄」；現改為 30 年與 40 年期收在歷史新高，依財務省完整資料序列計算。20 年期在 1990 年前後遠比這高。",
    }
    CorrTaper {
        en: "The Bank of Japan's purchase cuts: one date everywhere, decided on 31 July 2024 with cuts from August 2024 (one place said July).",
        zh: "日本央行減少購債：全篇統一為 2024 年 7 月 31 日決定、自 2024 年 8 月開始減少（原本有一處寫 7 月）。",
    }
    CorrBojHalf(excl, incl) {
        en: "Risk table, central bank's share: was 'The Bank of Japan holds over half'; now {excl}% of JGBs excluding T-bills (March 2024) and {incl}% including them (March 2025), with basis and date.",
        zh: "風險比較表「央行持有比例」：原為「日本央行持有過半」；現為不含國庫券的日債的 {excl}%（2024 年 3 月）、含國庫券則為 {incl}%（2025 年 3 月），並註明計算基礎與日期。",
    }
    CorrVerdict {
        en: "Auction machine: the text said both figures showed weak demand for every auction; now a verdict against stated thresholds, which calls April 'softer than usual' and May 'weak'.",
        zh: "標售模擬器：原本不論哪場標售，文字都說兩個數字顯示需求疲弱；現改為依明示門檻判斷，4 月為「比平常偏軟」，5 月為「疲弱」。",
    }
    CorrSources {
        en: "Sources: some links went to aggregators or mirrors; every link now goes to the publisher or the original news outlet.",
        zh: "資料來源：部分連結原本指向彙整網站或轉載頁面；現在每個連結都指向發布機構或原始新聞媒體。",
    }
    PredictKicker {
        en: "Predict first",
        zh: "先猜猜看",
    }
    PredictCheck {
        en: "Check my guess",
        zh: "對答案",
    }
    QuizCheckShown {
        en: "Check my answer",
        zh: "對答案",
    }
    QuizCheck(n) {
        en: "Check my answer to question {n}",
        zh: "對答案（第 {n} 題）",
    }
    PredictShow {
        en: "Just show me",
        zh: "直接看答案",
    }
    PredictRight {
        en: "Right.",
        zh: "答對了。",
    }
    PredictWrong {
        en: "Not quite.",
        zh: "不太對。",
    }
    PredictAnswerIs {
        en: "The answer:",
        zh: "答案：",
    }
    PredictSee(place) {
        en: "See it in “{place}”",
        zh: "在「{place}」中查看",
    }
    PrQSelloff {
        en: "When investors sell bonds heavily, what happens to the bonds' yields?",
        zh: "投資人大量賣出債券時，債券的殖利率會怎樣？",
    }
    PrCUp {
        en: "They go up",
        zh: "上升",
    }
    PrCDown {
        en: "They go down",
        zh: "下降",
    }
    PrCFlat {
        en: "They stay put",
        zh: "不變",
    }
    PrASelloff(jgb, ust) {
        en: "In the three weeks to the peak of May 2025, the 40-year JGB's yield moved {jgb} bp and the 30-year Treasury's {ust} bp.",
        zh: "在 2025 年 5 月高點前的三週內，40 年期日債殖利率變動 {jgb} 個基點，30 年期美債變動 {ust} 個基點。",
    }
    PrWSelloff {
        en: "Selling pushes prices down, and the same fixed payments bought at a lower price make a higher yield. The May chart shows both markets climbing.",
        zh: "賣壓讓價格下跌；同樣固定的債息，用較低的價格買到，殖利率就較高。5 月的走勢圖顯示兩個市場的殖利率都在上升。",
    }
    PrQFewer(btc, demand) {
        en: "If demand at the May auction fell from {btc} to {demand} times the amount offered, with bids as spread out as before, would the tail be longer, shorter or the same?",
        zh: "如果 5 月標售的需求從發行額的 {btc} 倍降到 {demand} 倍，投標價格一樣分散，尾差會變大、變小，還是不變？",
    }
    PrCLonger {
        en: "Longer",
        zh: "變大",
    }
    PrCShorter {
        en: "Shorter",
        zh: "變小",
    }
    PrCSame {
        en: "The same",
        zh: "不變",
    }
    PrAFewer(fewer, published) {
        en: "The machine gives a tail of ¥{fewer}, against ¥{published} as published.",
        zh: "模擬器算出的尾差為 {fewer} 日圓，公布的數字是 {published} 日圓。",
    }
    PrWFewer {
        en: "With fewer bids, the Ministry has to go further down the list of prices to sell everything, so the lowest accepted price falls further below the average. Try the demand slider in the auction machine.",
        zh: "投標變少，財務省就得往更低的價格找買家才能全部賣出，最低得標價離平均得標價更遠。試試標售模擬器的需求滑桿。",
    }
    PrQForty(tenor, yield_pct, shock) {
        en: "Take the yield lab's starting bond: a {tenor}-year par bond at {yield_pct}%. If its yield rises {shock} bp, does its price fall by about 4%, 10% or 20%?",
        zh: "以殖利率實驗的預設債券為例：一檔殖利率 {yield_pct}% 的 {tenor} 年期平價債券。如果殖利率上升 {shock} 個基點，價格大約會下跌 4%、10% 還是 20%？",
    }
    PrCPct(pct) {
        en: "About {pct}%",
        zh: "約 {pct}%",
    }
    PrAForty(tenor, yield_pct, shock, pct) {
        en: "A {tenor}-year par bond at {yield_pct}% changes {pct}% for {shock} bp.",
        zh: "殖利率 {yield_pct}% 的 {tenor} 年期平價債券，在 {shock} 個基點的變動下，價格變動 {pct}%。",
    }
    PrWForty {
        en: "A long bond's payments lie far in the future, and a higher yield shrinks far-off money the most. This is the yield lab's starting bond; its slider tries other changes.",
        zh: "長債的現金流大多在遙遠的未來，殖利率上升時，越遠的錢折現後縮水越多。這就是殖利率實驗的預設債券；用它的滑桿試試其他變動。",
    }
    PrQTen(shock) {
        en: "For the same {shock} bp, how does a 40-year JGB's price change compare with a 10-year's?",
        zh: "同樣變動 {shock} 個基點，40 年期日債的價格變動和 10 年期相比如何？",
    }
    PrCTimes(times) {
        en: "About {times} times as large",
        zh: "約 {times} 倍",
    }
    PrATen(ratio, l40, l10) {
        en: "The 40-year par bond changes {l40}% and the 10-year {l10}%: about {ratio} times as much.",
        zh: "40 年期平價債變動 {l40}%，10 年期變動 {l10}%，兩者相差約 {ratio} 倍。",
    }
    PrWTen {
        en: "Duration, roughly the average wait for a bond's payments, sets how far its price moves; the 40-year's is much longer. The “every maturity” view of the yield lab shows all maturities at once.",
        zh: "存續期間大致是等待債券現金流的平均時間，它決定價格變動的幅度；40 年期的存續期間長得多。殖利率實驗的「各年期比較」一次顯示所有年期。",
    }
    PrQShare {
        en: "Of every ¥100 of Japanese government bonds, about how many yen does the Bank of Japan hold?",
        zh: "每 100 日圓的日本公債中，日本央行大約持有多少日圓？",
    }
    PrCYen(yen) {
        en: "About ¥{yen}",
        zh: "約 {yen} 日圓",
    }
    PrAShare(share, date) {
        en: "¥{share} of every ¥100 ({date}), on the basis chosen in the holdings widget.",
        zh: "每 100 日圓中持有 {share} 日圓（{date}），依持債元件中所選的計算基礎。",
    }
    PrWShare {
        en: "A decade of purchases made the central bank the biggest holder by far. The holdings widget shows the share on three bases; they differ because the denominator does.",
        zh: "十年的購債讓央行成為遠遠領先的最大持有者。持債元件以三種計算基礎顯示持有比例；數字不同，是因為分母不同。",
    }
    PrQLoop {
        en: "In the toy model of the loop, with the central bank buying nothing, which loop strength makes yields run away?",
        zh: "在惡性循環的簡化模型中，若央行完全不承接賣盤，哪一個循環強度會讓殖利率失控？",
    }
    PrCStrength(strength) {
        en: "Strength {strength}",
        zh: "強度 {strength}",
    }
    PrALoop(strength) {
        en: "With nothing bought, g equals the strength, {strength}: each round feeds back at least as much as it started with, so the rise never settles.",
        zh: "央行不承接時，g 就等於強度 {strength}：每一輪回饋的幅度至少和起始的一樣大，所以上升永遠不會收斂。",
    }
    PrWLoop {
        en: "The premium settles only while g, the share of each round that feeds back, stays below 1. Try the toy model's sliders.",
        zh: "只有當 g（每一輪回饋的比例）小於 1，溢價才會收斂。試試簡化模型的滑桿。",
    }
    PrQUstTail(high, wi) {
        en: "The 20-year Treasury sold at {high}%; just before the auction it traded at about {wi}%. Is that a tail or a stop-through?",
        zh: "20 年期美債以 {high}% 得標；標售前一刻，它的交易殖利率約為 {wi}%。這是尾差，還是得標優於預期？",
    }
    PrCTail {
        en: "A tail (soft demand)",
        zh: "尾差（需求偏軟）",
    }
    PrCStop {
        en: "A stop-through (strong demand)",
        zh: "得標優於預期（需求強勁）",
    }
    PrAUstTail(tail) {
        en: "The high yield was about {tail} bp above the when-issued yield.",
        zh: "得標殖利率比發行前交易殖利率高約 {tail} 個基點。",
    }
    PrWUstTail {
        en: "Buyers had to be offered slightly more than the market's yield. A tail of about a basis point is small: softer demand, not a buyers' strike. The auction machine runs this auction.",
        zh: "必須給買家比市場略高的殖利率。約 1 個基點的尾差很小：需求偏軟，而不是買家罷買。標售模擬器可以執行這場標售。",
    }
    PrQBand {
        en: "In May 2025, did the 10-year Treasury break out of the range it had traded in since August 2023?",
        zh: "2025 年 5 月，10 年期美債是否突破了 2023 年 8 月以來的交易區間？",
    }
    PrCInside {
        en: "No, it stayed inside",
        zh: "沒有，仍在區間內",
    }
    PrCOut {
        en: "Yes, it broke out",
        zh: "有，突破了",
    }
    PrABand(may_low, may_high, low, high) {
        en: "May's closes ran from {may_low}% to {may_high}%, within the range of {low}% to {high}%.",
        zh: "5 月的收盤介於 {may_low}% 到 {may_high}%，仍在 {low}% 到 {high}% 的區間內。",
    }
    PrWBand {
        en: "The range is wide, so staying inside it says the selling was contained, not that nothing happened. The candlestick chart shows both the band and May.",
        zh: "這個區間很寬，所以留在區間內只代表賣壓受到控制，不代表什麼事都沒發生。K 線圖同時顯示區帶與 5 月走勢。",
    }
    PrQFed {
        en: "In May 2025, was the Fed adding to its Treasuries or letting them shrink?",
        zh: "2025 年 5 月，聯準會是在增加持有的美債，還是讓它減少？",
    }
    PrCAdding {
        en: "Adding to them",
        zh: "增加持有",
    }
    PrCShrinking {
        en: "Letting them shrink",
        zh: "讓持有減少",
    }
    PrAFed(from, from_date, to, to_date, change) {
        en: "${from} tn on {from_date}, ${to} tn on {to_date}: a change of {change}.",
        zh: "{from_date} 為 {from} 兆美元，{to_date} 為 {to} 兆美元：變動 {change}。",
    }
    PrWFed {
        en: "That is the Fed's quantitative tightening. A rescue of the kind the article expects would mean turning it around and buying again; section 4 sets it beside the Bank of Japan's.",
        zh: "這就是聯準會的量化緊縮。原文預期的那種救市，就表示要反轉方向、重新買債；第 4 節把它和日本央行並列比較。",
    }
    PrQRisk {
        en: "Before you open the table: on this evidence, which market looks riskier?",
        zh: "打開表格之前：從這些證據看，哪個市場的風險較高？",
    }
    PrCJgb {
        en: "Japan's (JGBs)",
        zh: "日本（日債）",
    }
    PrCUst {
        en: "The United States' (Treasuries)",
        zh: "美國（美債）",
    }
    PrARisk(jgb, ust) {
        en: "Counting each cell's severity as points (low 1, moderate 2, high 3, severe 4), the JGB column's five rows add up to {jgb} and the Treasury column's to {ust}.",
        zh: "把每格的嚴重程度換成分數（低 1、中等 2、偏高 3、嚴重 4），日債欄五列加總為 {jgb} 分，美債欄為 {ust} 分。",
    }
    PrWRisk {
        en: "Weak auctions, record long yields and a central bank stepping back add up. Open each cell of the table to see the figures behind it.",
        zh: "疲弱的標售、創紀錄的長天期殖利率，加上逐步抽身的央行，加總起來就是較高的風險。展開表格中的各格，就能看到背後的數字。",
    }
    QtPlace {
        en: "Quantitative tightening in the data (section 4)",
        zh: "資料中的量化緊縮（第 4 節）",
    }
    QuizIntro(total) {
        en: "{total} questions on the lesson's ideas. Your answers stay on this page and are not saved or sent anywhere.",
        zh: "共 {total} 題，涵蓋本課程的重點。你的答案只留在這個頁面，不會儲存或傳送到任何地方。",
    }
    QuizScore(right, answered, total) {
        en: "{right} right of {answered} answered ({total} questions).",
        zh: "已作答 {answered} 題，答對 {right} 題（共 {total} 題）。",
    }
    QuizBack(section) {
        en: "Read section {section} again",
        zh: "重讀第 {section} 節",
    }
    QuizReset {
        en: "Start again",
        zh: "重新作答",
    }
    QzQPrice {
        en: "A bond's yield rises by half a percentage point. Its price…",
        zh: "債券殖利率上升半個百分點，它的價格會……",
    }
    QzCFalls {
        en: "falls",
        zh: "下跌",
    }
    QzCRises {
        en: "rises",
        zh: "上漲",
    }
    QzCUnchanged {
        en: "does not change",
        zh: "不變",
    }
    QzFPrice(pct) {
        en: "It falls: a 10-year par JGB changes {pct}% for +50 bp. Price and yield move in opposite directions.",
        zh: "下跌：10 年期平價日債在 +50 個基點下變動 {pct}%。價格與殖利率反向變動。",
    }
    QzQDuration {
        en: "For a large rise in yields (+200 bp on a 40-year bond), duration alone predicts a loss that is…",
        zh: "殖利率大幅上升（40 年期債券 +200 個基點）時，只用存續期間估計的損失會……",
    }
    QzCTooBig {
        en: "too large",
        zh: "太大",
    }
    QzCExact {
        en: "exactly right",
        zh: "剛好正確",
    }
    QzCTooSmall {
        en: "too small",
        zh: "太小",
    }
    QzFDuration(duration, exact) {
        en: "Too large: duration says {duration}%, the exact change is {exact}%. The price–yield curve bends (convexity), so losses grow more slowly than the straight line says.",
        zh: "太大：存續期間估計為 {duration}%，實際變動為 {exact}%。價格與殖利率的曲線是彎的（凸性），損失的增加比直線估計的慢。",
    }
    QzQBtc(bids, offering) {
        en: "Bids of {bids} come in for {offering} of bonds. What is the bid-to-cover ratio?",
        zh: "發行 {offering} 的債券，收到 {bids} 的投標。投標倍數是多少？",
    }
    QzCRatio(value) {
        en: "{value} times",
        zh: "{value} 倍",
    }
    QzCRatioGap(value) {
        en: "{value} (bids minus offering)",
        zh: "{value}（投標減發行額）",
    }
    QzFBtc(btc) {
        en: "{btc}: the amount bid divided by the amount offered.",
        zh: "{btc}：投標總額除以發行額。",
    }
    QzQJgbTail {
        en: "In a Ministry of Finance auction, the tail is…",
        zh: "在財務省的標售中，尾差是……",
    }
    QzCAvgLow {
        en: "the average accepted price minus the lowest",
        zh: "平均得標價減最低得標價",
    }
    QzCYieldGap {
        en: "the high yield minus the when-issued yield",
        zh: "得標殖利率減發行前交易殖利率",
    }
    QzCFilled {
        en: "the share of bids filled at the lowest price",
        zh: "最低得標價的投標獲分配比例",
    }
    QzFJgbTail(tail) {
        en: "The average minus the lowest accepted price: ¥{tail} per ¥100 in May 2025. The yield gap is how Treasury auctions measure it.",
        zh: "平均得標價減最低得標價：2025 年 5 月為每 100 日圓 {tail} 日圓。殖利率差是美債標售的計算方式。",
    }
    QzQUstTail {
        en: "A Treasury auction's high yield comes in 1 bp above the when-issued yield. That is…",
        zh: "美債標售的得標殖利率比發行前交易殖利率高 1 個基點，這是……",
    }
    QzFUstTail {
        en: "A tail: buyers needed a slightly higher yield than the market's. Below the when-issued yield would be a stop-through.",
        zh: "尾差：買家要求比市場略高的殖利率。若低於發行前交易殖利率，就是得標優於預期。",
    }
    QzQDenominator(excl, incl) {
        en: "At the same date the Bank of Japan held {excl}% of JGBs excluding T-bills but {incl}% including them. Why the difference?",
        zh: "同一個日期，日本央行持有不含國庫券日債的 {excl}%，含國庫券則為 {incl}%。為什麼不同？",
    }
    QzCBiggerBase {
        en: "T-bills make the denominator bigger",
        zh: "國庫券讓分母變大",
    }
    QzCSold {
        en: "The bank sold bonds in between",
        zh: "央行在這期間賣出了債券",
    }
    QzCDates {
        en: "The figures are from different years",
        zh: "兩個數字來自不同年份",
    }
    QzFDenominator {
        en: "Same holdings, bigger denominator: adding T-bills, of which the bank holds relatively few, lowers its share. Always ask what a share is a share of.",
        zh: "持有的一樣，分母變大：加入央行持有相對較少的國庫券，持有比例就下降。看到比例，一定要問分母是什麼。",
    }
    QzQBill {
        en: "If yields rise 1 percentage point (100 bp) and stay there, Japan's yearly interest bill…",
        zh: "如果殖利率上升 1 個百分點並維持不變，日本每年的利息支出會……",
    }
    QzCAtOnce {
        en: "jumps by the full amount at once",
        zh: "一次跳升到位",
    }
    QzCGradual {
        en: "rises year by year as debt is refinanced",
        zh: "隨著債務再融資，逐年上升",
    }
    QzCNoChange {
        en: "does not change",
        zh: "不變",
    }
    QzFBill(first, fifth, tenth) {
        en: "Year by year: in the lesson's model it is ¥{first} tn higher after one year, ¥{fifth} tn after five and ¥{tenth} tn after ten, as old debt matures and is refinanced.",
        zh: "逐年上升：在本課程的模型中，一年後每年多 {first} 兆日圓，五年後多 {fifth} 兆日圓，十年後多 {tenth} 兆日圓，因為舊債陸續到期、以新利率再融資。",
    }
    QzQLoop(strength) {
        en: "In the toy loop with strength {strength}, which of these shares of the selling must the central bank take on for the loop to settle?",
        zh: "在循環強度為 {strength} 的簡化模型中，央行承接下列哪一個比例的賣盤，循環才會收斂？",
    }
    QzCShare(value) {
        en: "{value}% of the selling",
        zh: "賣盤的 {value}%",
    }
    QzFLoop(answer, threshold) {
        en: "{answer}%: the loop settles only if g = strength × (1 − share) stays below 1, which needs more than {threshold}%.",
        zh: "{answer}%：只有 g = 強度 ×（1 − 承接比例）小於 1，循環才會收斂，因此承接比例必須超過 {threshold}%。",
    }
    QzQRecords {
        en: "Which JGB maturities closed at the highest levels in their series' history on 22 May 2025?",
        zh: "2025 年 5 月 22 日，哪些年期的日債殖利率收在各自資料序列有史以來的最高點？",
    }
    QzC3040 {
        en: "The 30- and 40-year",
        zh: "30 年與 40 年期",
    }
    QzC203040 {
        en: "The 20-, 30- and 40-year",
        zh: "20 年、30 年與 40 年期",
    }
    QzC40 {
        en: "Only the 40-year",
        zh: "只有 40 年期",
    }
    QzFRecords {
        en: "The 30- and 40-year. The Ministry's 20-year series goes back to 1986 and was far higher around 1990, so its May 2025 close was no record.",
        zh: "30 年與 40 年期。財務省的 20 年期資料序列可追溯到 1986 年，在 1990 年前後遠比現在高，所以它 2025 年 5 月的收盤並不是紀錄。",
    }
    QzQBuyers {
        en: "What does the 20-year Treasury auction of 21 May 2025 show about buyers?",
        zh: "2025 年 5 月 21 日的 20 年期美債標售，顯示買家的什麼態度？",
    }
    QzCBetterPrice {
        en: "They wanted a better price, but they bought",
        zh: "他們要求更好的價格，但仍然買進",
    }
    QzCStayedAway {
        en: "They stayed away",
        zh: "他們沒有出現",
    }
    QzCDealersAll {
        en: "Dealers had to take almost everything",
        zh: "交易商幾乎被迫全部接下",
    }
    QzFBuyers(tail, indirect, dealers) {
        en: "They wanted a better price but bought: a tail of about {tail} bp, indirect bidders took {indirect}% and dealers were left with {dealers}%.",
        zh: "他們要求更好的價格，但仍然買進：尾差約 {tail} 個基點，間接投標者拿下 {indirect}%，交易商留下 {dealers}%。",
    }
    GlYield {
        en: "yield",
        zh: "殖利率",
    }
    GlDefYield {
        en: "The return a bond pays a buyer at today's price, as a percentage a year. When the price falls, the yield rises.",
        zh: "以目前價格買進債券並持有到期，每年可得的報酬率。價格下跌，殖利率就上升。",
    }
    GlBasisPoint {
        en: "basis point (bp)",
        zh: "基點",
    }
    GlDefBasisPoint {
        en: "A hundredth of a percentage point: 100 bp make 1 percentage point.",
        zh: "百分之一個百分點：100 個基點等於 1 個百分點。",
    }
    GlCoupon {
        en: "coupon",
        zh: "票面利率",
    }
    GlDefCoupon {
        en: "The fixed interest a bond pays each year, as a percentage of its face value.",
        zh: "債券每年按面額支付的固定利息比率。",
    }
    GlPar {
        en: "par bond",
        zh: "平價債",
    }
    GlDefPar {
        en: "A bond priced at 100 per 100 of face value; its yield equals its coupon.",
        zh: "價格等於面額（每 100 元面額價格為 100）的債券，殖利率等於票面利率。",
    }
    GlFaceValue {
        en: "face value",
        zh: "面額",
    }
    GlDefFaceValue {
        en: "The amount a bond repays at maturity; prices are quoted per 100 of it.",
        zh: "債券到期時償還的金額；價格以每 100 元面額報價。",
    }
    GlMaturity {
        en: "maturity",
        zh: "年期",
    }
    GlDefMaturity {
        en: "How long until a bond repays its face value.",
        zh: "距離債券償還面額還有多久。",
    }
    GlDuration {
        en: "duration",
        zh: "存續期間",
    }
    GlDefDuration {
        en: "How sensitive a bond's price is to its yield: with a modified duration of 20 years, a 1 bp rise costs about 0.2% of the price.",
        zh: "債券價格對殖利率變動的敏感度：修正存續期間為 20 年時，殖利率上升 1 個基點，價格約下跌 0.2%。",
    }
    GlConvexity {
        en: "convexity",
        zh: "凸性",
    }
    GlDefConvexity {
        en: "How much the price–yield curve bends. It makes losses smaller, and gains larger, than duration alone predicts.",
        zh: "價格與殖利率關係曲線的彎曲程度。它讓實際損失比只用存續期間估計的小、收益比估計的大。",
    }
    GlDv01 {
        en: "DV01",
        zh: "DV01（基點價值）",
    }
    GlDefDv01 {
        en: "The change in a bond's price, per 100 of face value, when its yield moves one basis point.",
        zh: "殖利率變動 1 個基點時，每 100 元面額債券價格的變動。",
    }
    GlBidToCover {
        en: "bid-to-cover ratio",
        zh: "投標倍數",
    }
    GlDefBidToCover {
        en: "The amount bid divided by the amount offered. The lower it is, the fewer spare buyers.",
        zh: "投標總額除以發行額。越低，代表超額的買盤越少。",
    }
    GlTail {
        en: "tail",
        zh: "尾差",
    }
    GlDefTail {
        en: "In Tokyo, the average accepted price minus the lowest; in Washington, the high yield minus the when-issued yield. Either way, a longer tail means weaker demand.",
        zh: "在東京，是平均得標價減最低得標價；在華府，是得標殖利率減發行前交易殖利率。不論哪種，尾差越大，需求越弱。",
    }
    GlWhenIssued {
        en: "when-issued yield",
        zh: "發行前交易殖利率",
    }
    GlDefWhenIssued {
        en: "The yield at which a new bond already trades before its auction: the market's expectation for the auction.",
        zh: "新債在標售前已開始交易的殖利率，也就是市場對這場標售的預期。",
    }
    GlStopThrough {
        en: "stop-through",
        zh: "得標優於預期",
    }
    GlDefStopThrough {
        en: "A Treasury auction whose high yield comes in below the when-issued yield: buyers accepted a lower yield than the market expected, a sign of strong demand.",
        zh: "美債標售的得標殖利率低於發行前交易殖利率：買家接受了比預期更低的殖利率，表示需求強勁。",
    }
    GlHighYield {
        en: "high yield",
        zh: "得標殖利率（最高得標殖利率）",
    }
    GlDefHighYield {
        en: "The highest yield accepted in a Treasury auction; every winner gets it.",
        zh: "美債標售中被接受的最高殖利率；所有得標者都適用這個殖利率。",
    }
    GlSinglePrice {
        en: "single-price auction",
        zh: "單一價格標售",
    }
    GlDefSinglePrice {
        en: "An auction in which every winner pays the same price, as in Treasury auctions and the 40-year JGB's.",
        zh: "所有得標者支付同一價格的標售方式，例如美債標售與 40 年期日債標售。",
    }
    GlMultiplePrice {
        en: "multiple-price auction",
        zh: "複數價格標售",
    }
    GlDefMultiplePrice {
        en: "An auction in which each winner pays its own bid, as in most JGB auctions.",
        zh: "每位得標者按自己出價付款的標售方式，大多數日債標售採用這種方式。",
    }
    GlPrimaryDealer {
        en: "primary dealer",
        zh: "初級交易商",
    }
    GlDefPrimaryDealer {
        en: "A bank or broker that must bid at every Treasury auction; what others do not buy, dealers end up holding.",
        zh: "必須參與每場美債標售的銀行或證券商；其他買家不買的部分，最後由交易商持有。",
    }
    GlIndirectBidder {
        en: "indirect bidder",
        zh: "間接投標者",
    }
    GlDefIndirectBidder {
        en: "A buyer who bids through a dealer, such as a foreign central bank or a fund. Often read as foreign demand, but only a rough proxy for it.",
        zh: "透過交易商投標的買家，例如外國央行或基金。常被視為海外需求，但只是粗略的替代指標。",
    }
    GlPrimaryMarket {
        en: "primary market",
        zh: "初級市場",
    }
    GlDefPrimaryMarket {
        en: "Where new bonds are first sold by the government, at auction.",
        zh: "政府以標售方式首次出售新債的市場。",
    }
    GlSecondaryMarket {
        en: "secondary market",
        zh: "次級市場",
    }
    GlDefSecondaryMarket {
        en: "Where investors trade bonds already issued; its prices set the yields in the news.",
        zh: "投資人買賣已發行債券的市場；新聞中的殖利率由這裡的價格決定。",
    }
    GlConstantMaturity {
        en: "constant-maturity yield",
        zh: "固定年期殖利率",
    }
    GlDefConstantMaturity {
        en: "A yield for an exact maturity, say 40 years, read off the curve of traded bonds, so that a series can run for years.",
        zh: "從交易中債券的殖利率曲線推算出的精確年期（例如 40 年）殖利率，讓資料序列可以長期延續。",
    }
    GlBenchmark {
        en: "benchmark bond",
        zh: "指標債",
    }
    GlDefBenchmark {
        en: "The most traded bond near a maturity; the news quotes its yield.",
        zh: "某一年期附近交易最活絡的債券；新聞引用的是它的殖利率。",
    }
    GlSuperLong {
        en: "super-long bonds",
        zh: "超長天期公債",
    }
    GlDefSuperLong {
        en: "In Japan, government bonds of 20 years or more: the 20-, 30- and 40-year.",
        zh: "在日本，指 20 年以上的公債：20 年、30 年與 40 年期。",
    }
    GlYieldCurve {
        en: "yield curve",
        zh: "殖利率曲線",
    }
    GlDefYieldCurve {
        en: "Yields across maturities on one day. It steepens when long yields rise more than short ones.",
        zh: "同一天各年期殖利率連成的曲線。長天期殖利率漲得比短天期多時，曲線變陡。",
    }
    GlQe {
        en: "quantitative easing (QE)",
        zh: "量化寬鬆（QE）",
    }
    GlDefQe {
        en: "A central bank buying bonds in large amounts to push long-term interest rates down.",
        zh: "央行大量買進債券，以壓低長期利率。",
    }
    GlQt {
        en: "quantitative tightening (QT)",
        zh: "量化緊縮（QT）",
    }
    GlDefQt {
        en: "The reverse of QE: the central bank buys less than matures, so its holdings shrink.",
        zh: "量化寬鬆的反向操作：央行買進的少於到期的，持債因此減少。",
    }
    GlYcc {
        en: "yield-curve control (YCC)",
        zh: "殖利率曲線控制（YCC）",
    }
    GlDefYcc {
        en: "A policy of holding a long-term yield near a target by buying as many bonds as it takes; the Bank of Japan used it for the 10-year yield.",
        zh: "央行承諾買進所需的任何數量債券，把長期殖利率壓在目標附近的政策；日本央行曾以此控制 10 年期殖利率。",
    }
    GlTBills {
        en: "T-bills",
        zh: "國庫券",
    }
    GlDefTBills {
        en: "Government debt that matures within a year. Whether it is counted changes a holder's share.",
        zh: "一年內到期的政府債務。是否計入，會改變持有比例。",
    }
    GlTaper {
        en: "purchase cuts (taper)",
        zh: "減少購債",
    }
    GlDefTaper {
        en: "Cutting bond purchases step by step, as the Bank of Japan has done each quarter since August 2024.",
        zh: "逐步減少購債，例如日本央行自 2024 年 8 月起每季所做的。",
    }
    GlDebtService {
        en: "debt service",
        zh: "債務費用（還本付息）",
    }
    GlDefDebtService {
        en: "What a government pays on its debt in a year: interest plus repayments.",
        zh: "政府一年內為債務支付的金額：利息加上還本。",
    }
    GlUnrealised {
        en: "unrealised gain or loss",
        zh: "未實現損益",
    }
    GlDefUnrealised {
        en: "A change in the market value of assets still held; it becomes cash only if they are sold.",
        zh: "仍持有資產的市值變動；只有賣出時才會變成現金。",
    }
    GlCreditRating {
        en: "credit rating",
        zh: "信用評等",
    }
    GlDefCreditRating {
        en: "An agency's grade of a borrower's ability to repay; Aaa is the top of Moody's scale.",
        zh: "信評機構對借款人還款能力的評等；Aaa 是穆迪評等的最高等級。",
    }
    GlJgb {
        en: "JGB",
        zh: "日債（日本公債）",
    }
    GlDefJgb {
        en: "A Japanese government bond, sold by the Ministry of Finance.",
        zh: "日本政府發行的公債，由財務省標售。",
    }
    GlUst {
        en: "Treasury",
        zh: "美債（美國公債）",
    }
    GlDefUst {
        en: "A US government bond, note or bill, sold by the US Treasury.",
        zh: "美國政府發行的長期公債、中期公債或國庫券，由美國財政部標售。",
    }
    GlossaryTitle {
        en: "Glossary",
        zh: "名詞解釋",
    }
    GlossaryIntro {
        en: "Each term with its Chinese (Taiwan usage) and English names, in a sentence or two. Terms in the text open their entry here.",
        zh: "每個名詞都附上台灣用語與英文，並以一兩句話說明。內文中的名詞可點開，看到這裡的解釋。",
    }
    GlossaryOpen {
        en: "In the glossary",
        zh: "在名詞解釋中查看",
    }
    GlossaryClose {
        en: "Close",
        zh: "關閉",
    }
    TakeawaysTitle {
        en: "Five things to take away",
        zh: "五個重點",
    }
    Take1(loss40, loss10) {
        en: "Price and yield move in opposite directions, and long bonds move most: one percentage point more yield changed a 40-year JGB's price by {loss40}%, a 10-year's by {loss10}%.",
        zh: "價格與殖利率反向變動，而長債的變動最大：殖利率上升 1 個百分點，40 年期日債價格變動 {loss40}%，10 年期變動 {loss10}%。",
    }
    Take2(btc, tail, btc_april, tail_april) {
        en: "Two auction figures read demand: Japan's May 20-year drew bids of {btc} times the offering with a ¥{tail} tail, against {btc_april} and ¥{tail_april} a month before.",
        zh: "兩個標售數字可以判讀需求：日本 5 月的 20 年期標售，投標倍數 {btc}、尾差 {tail} 日圓；一個月前分別是 {btc_april} 與 {tail_april} 日圓。",
    }
    Take3(boj, fed) {
        en: "Who holds the bonds matters, and so does the denominator: the Bank of Japan held {boj}% of JGBs excluding T-bills, the Fed {fed}% of marketable Treasuries, and both were letting their holdings shrink.",
        zh: "誰持有債券很重要，分母也很重要：日本央行持有不含國庫券日債的 {boj}%，聯準會持有可流通美債的 {fed}%，而兩者的持債都在減少。",
    }
    Take4(model5, mof9) {
        en: "Higher yields reach the budget slowly but surely: at one percentage point more, the lesson's model adds ¥{model5} tn a year to Japan's interest bill after five years, and the Ministry's own estimate reaches ¥{mof9} tn by FY2033.",
        zh: "殖利率上升對預算的影響來得慢，但一定會到：殖利率高出 1 個百分點，本課程的模型算出五年後日本每年利息支出增加 {model5} 兆日圓；財務省自己的估算則是到 2033 年度增加 {mof9} 兆日圓。",
    }
    Take5(tail) {
        en: "The two markets were not in the same place: Treasury buyers asked for a better price (a tail of about {tail} bp) but kept buying, while Japan's longest yields set records just as its biggest buyer stepped back.",
        zh: "兩個市場的處境不同：美債買家要求更好的價格（尾差約 {tail} 個基點），但仍繼續買進；日本最長年期的殖利率則在最大買家逐步抽身之際創下紀錄。",
    }
    NextTitle {
        en: "What happened next",
        zh: "後續發展",
    }
    NextAuctions(btc_low, btc_high, first_tail, last_tail, last_date) {
        en: "Japan's 20-year auctions steadied over the summer: from June to August 2025 bid-to-cover stayed between {btc_low} and {btc_high}, and the tail shrank from ¥{first_tail} to ¥{last_tail} by {last_date}.",
        zh: "日本 20 年期標售在夏天趨於穩定：2025 年 6 月到 8 月，投標倍數介於 {btc_low} 到 {btc_high} 之間，尾差從 {first_tail} 日圓縮小到 {last_date} 的 {last_tail} 日圓。",
    }
    NextYields(max, date, last, last_date) {
        en: "Yields did not go back: the 40-year JGB reached {max}% on {date}, above May's record, and stood at {last}% on {last_date}, the last day in the lesson's data.",
        zh: "殖利率並沒有回落：40 年期日債在 {date} 升到 {max}%，超過 5 月的紀錄；在本課程資料的最後一天 {last_date}，為 {last}%。",
    }
    NextTaper(cut_2026) {
        en: "The Bank of Japan kept cutting its purchases; its review of June 2025 slowed the cuts to about {cut_2026} a quarter from April 2026.",
        zh: "日本央行持續減少購債；2025 年 6 月的檢討決定自 2026 年 4 月起放慢減碼，改為每季約減少 {cut_2026}。",
    }
    WatchTitle {
        en: "What to watch",
        zh: "接下來要觀察什麼",
    }
    WatchAuctions {
        en: "Auction days: the bid-to-cover and the tail of each super-long auction, read in the auction machine.",
        zh: "標售日：每場超長天期標售的投標倍數與尾差，可用標售模擬器判讀。",
    }
    WatchTaper {
        en: "The Bank of Japan's purchase plan and its reviews: how fast its buying falls, and who must take up the rest.",
        zh: "日本央行的購債計畫與檢討：購債減少的速度，以及誰必須接下其餘的部分。",
    }
    WatchFed {
        en: "The Fed's balance sheet: whether its Treasuries keep shrinking, or it starts buying again.",
        zh: "聯準會的資產負債表：持有的美債是否持續減少，或開始重新買進。",
    }
    CheckTitle {
        en: "Check your understanding",
        zh: "自我檢測",
    }
    TeacherTitle {
        en: "For teachers",
        zh: "給教師",
    }
    TeacherIntro {
        en: "A plan for one 45-minute class, with prepared links, discussion questions, a worksheet and the answers. It prints on its own.",
        zh: "一堂 45 分鐘課程的教案，附預先設定好的連結、討論題、學習單與解答，可以單獨列印。",
    }
    TeacherGoalsTitle {
        en: "Goals: by the end, students can",
        zh: "學習目標：課程結束時，學生能夠",
    }
    TGoal1 {
        en: "explain why a bond's price falls when its yield rises, and why long bonds fall most;",
        zh: "說明殖利率上升時債券價格為何下跌，以及為什麼長債跌得最多；",
    }
    TGoal2 {
        en: "read an auction's bid-to-cover and tail, in Tokyo's way and in Washington's;",
        zh: "用東京與華府各自的方式，判讀標售的投標倍數與尾差；",
    }
    TGoal3 {
        en: "ask what a share is a share of, using the central banks' holdings;",
        zh: "以兩家央行的持債為例，追問比例的分母是什麼；",
    }
    TGoal4 {
        en: "describe how higher yields feed the interest bill and fiscal worry, and when such a loop settles.",
        zh: "描述較高的殖利率如何推升利息支出與財政疑慮，以及這樣的循環何時會收斂。",
    }
    TeacherPlanTitle {
        en: "A 45-minute plan",
        zh: "45 分鐘教案",
    }
    TPlan1 {
        en: "5 min, section 1: the timeline; students predict what heavy selling does to yields.",
        zh: "5 分鐘，第 1 節：大事記；學生預測大量賣出對殖利率的影響。",
    }
    TPlan2 {
        en: "12 min, sections 2–3: run the May and April auctions; the 40-year at +100 bp in the yield lab.",
        zh: "12 分鐘，第 2–3 節：執行 5 月與 4 月的標售；在殖利率實驗中看 40 年期 +100 個基點。",
    }
    TPlan3 {
        en: "10 min, sections 4–5: holdings and their denominators; the taper at zero; the loop that runs away.",
        zh: "10 分鐘，第 4–5 節：持債比例與分母；購債減碼設為零；失控的循環。",
    }
    TPlan4 {
        en: "8 min, sections 6–9: the Treasury auction's tail against its stop-through counter-example; the candlestick range.",
        zh: "8 分鐘，第 6–9 節：美債標售的尾差與得標優於預期的對照；K 線區間。",
    }
    TPlan5 {
        en: "10 min, sections 10–11: the risk table, the closing check and one discussion question.",
        zh: "10 分鐘，第 10–11 節：風險比較表、自我檢測，以及一題討論題。",
    }
    TeacherTimesTitle {
        en: "Reading time per section",
        zh: "各節閱讀時間",
    }
    TTimesNote(total) {
        en: "A student reading every section alone needs about {total} minutes. The 45-minute plan above does the key steps together in class; the rest can be read at home.",
        zh: "學生自行讀完全部章節，大約需要 {total} 分鐘。上方的 45 分鐘教案在課堂上一起完成重點步驟，其餘可留待課後閱讀。",
    }
    TTimesTotal {
        en: "All eleven sections",
        zh: "全部 11 節",
    }
    TMinutes(minutes) {
        en: "about {minutes} min",
        zh: "約 {minutes} 分鐘",
    }
    TeacherLinksTitle {
        en: "Prepared links (each opens the lesson in that state)",
        zh: "預先設定好的連結（開啟後即為該狀態）",
    }
    TLinkForty {
        en: "The 40-year JGB at +100 bp in the yield lab",
        zh: "殖利率實驗：40 年期日債 +100 個基點",
    }
    TLinkAuction {
        en: "The weak 20-year auction of May 2025 in the auction machine",
        zh: "標售模擬器：2025 年 5 月疲弱的 20 年期標售",
    }
    TLinkApril {
        en: "The April auction, for comparison",
        zh: "4 月的標售，用來比較",
    }
    TLinkTaper {
        en: "The taper at zero: no purchase cuts at all",
        zh: "購債減碼設為零：完全不減少購債",
    }
    TLinkRunaway {
        en: "A loop that runs away (strength 1.2, nothing bought)",
        zh: "失控的循環（強度 1.2，央行不承接）",
    }
    TLinkTreasury {
        en: "The 20-year Treasury auction with its tail",
        zh: "有尾差的 20 年期美債標售",
    }
    TeacherDiscussTitle {
        en: "Discussion questions",
        zh: "討論題",
    }
    TDisc1 {
        en: "Both markets sold off in May 2025. Why do the article and the lesson rate Japan's market as the riskier? Which single figure convinces you most?",
        zh: "2025 年 5 月兩個市場都遭到拋售。課程為什麼認為日本的風險較高？哪一個數字最能說服你？",
    }
    TDisc2 {
        en: "The Bank of Japan's share is about half or under half, depending on the denominator. When would each be the right one to quote?",
        zh: "日本央行的持有比例依分母不同，可能約一半，也可能不到一半。什麼情況下該引用哪一個？",
    }
    TDisc3 {
        en: "The article treats the Fed's share as about 16%; the data gives less. Does the difference change the argument?",
        zh: "原文說聯準會持有約 16%；資料算出的比例較低。這個差異會改變論點嗎？",
    }
    TDisc4 {
        en: "What would have to happen for Japan's loop to run away, and who could stop it?",
        zh: "日本的惡性循環要失控，需要發生什麼事？誰能阻止它？",
    }
    TeacherAnswersTitle {
        en: "Answer key (for the teacher)",
        zh: "解答（教師用）",
    }
    TeacherShowAnswers {
        en: "Show the answers",
        zh: "顯示解答",
    }
    TAns1 {
        en: "Weak auctions, record long yields and a retreating central bank with little room; Treasury buyers asked a better price but stayed. Any figure from the risk table's JGB column, argued well, will do.",
        zh: "標售疲弱、長天期殖利率創紀錄、央行逐步抽身且操作空間有限；美債買家雖要求更好的價格，但沒有離場。風險比較表日債欄中的任何一個數字，只要論證充分都可以。",
    }
    TAns2 {
        en: "Excluding T-bills shows its grip on the bonds that set long yields; including them shows its share of all government debt. Quote the basis and the date either way.",
        zh: "不含國庫券，顯示央行對決定長天期殖利率的債券有多大影響力；含國庫券，則顯示它占全部政府債務的比例。不論引用哪一個，都要註明計算基礎與日期。",
    }
    TAns3 {
        en: "No: the point is that the Fed holds a much smaller share than the Bank of Japan, which holds on either figure. It does show why a figure needs its denominator.",
        zh: "不會：重點是聯準會持有的比例遠小於日本央行，兩個數字都支持這一點。不過這也說明了數字必須附上分母。",
    }
    TAns4 {
        en: "The feedback must be strong (g at or above 1): each rise in yields would have to weaken demand enough to cause a larger rise. The Bank of Japan, by buying, and the government, by issuing less or shorter debt, can break it.",
        zh: "回饋必須夠強（g 大於或等於 1）：每次殖利率上升，都會讓需求減弱到足以引發更大幅度的上升。日本央行可以藉由買債，政府可以藉由減少發債或縮短發債年期，來打斷這個循環。",
    }
    TeacherQuizKey {
        en: "Closing check: the correct choices",
        zh: "自我檢測：正確答案",
    }
    TeacherWorksheetTitle {
        en: "Worksheet",
        zh: "學習單",
    }
    TeacherPrintPages {
        en: "Print the teachers' pages (with the answers)",
        zh: "列印教師用頁面（含解答）",
    }
    TWorkName {
        en: "Name: ____________________   Class: __________   Date: __________",
        zh: "姓名：____________________　班級：__________　座號：______",
    }
    TeacherPrintWorksheet {
        en: "Print the worksheet",
        zh: "列印學習單",
    }
    TWorkIntro {
        en: "Use the lesson's widgets to fill in the blanks.",
        zh: "使用課程中的元件，填寫空格。",
    }
    TWork1 {
        en: "In the yield lab, the 40-year JGB at +100 bp: its price changes by ______%. The 10-year's changes by ______%.",
        zh: "在殖利率實驗中，40 年期日債 +100 個基點：價格變動 ______%。10 年期變動 ______%。",
    }
    TWork2 {
        en: "In the auction machine, May's 20-year auction: bid-to-cover ______, tail ¥______. April's: ______ and ¥______.",
        zh: "在標售模擬器中選 5 月的 20 年期標售：投標倍數 ______，尾差 ______ 日圓。再選 4 月：投標倍數 ______，尾差 ______ 日圓。",
    }
    TWork3 {
        en: "Lower the demand slider to 2.0: the tail becomes ¥______. Is demand weaker or stronger? ______",
        zh: "把需求滑桿調到 2.0：尾差變為 ______ 日圓。需求變弱還是變強？______",
    }
    TWork4 {
        en: "The Bank of Japan's share in March 2024, excluding T-bills: ______%; including them: ______%. Why do they differ? ____________",
        zh: "2024 年 3 月日本央行的持有比例，不含國庫券：______%；含國庫券：______%。為什麼不同？____________",
    }
    TWork5 {
        en: "The 20-year Treasury auction: high yield ______%, tail ______ bp. Tail or stop-through? ______",
        zh: "20 年期美債標售：得標殖利率 ______%，尾差 ______ 個基點。是尾差還是得標優於預期？______",
    }
    TWork6 {
        en: "The toy loop with the central bank buying nothing: the smallest strength that runs away is ______.",
        zh: "在央行不承接賣盤的簡化模型中，會失控的最小強度是 ______。",
    }
    TWork7 {
        en: "One sentence: which market looked riskier in May 2025, and why? ________________________",
        zh: "用一句話說明：2025 年 5 月哪個市場風險較高？為什麼？________________________",
    }
    TeacherCiteTitle {
        en: "How to cite, and the licence",
        zh: "引用方式與授權",
    }
    TCite(edition) {
        en: "Selloff Lab, “The May 2025 selloff in Japanese and US government bonds, hands-on”, edition of {edition}, at this page's address.",
        zh: "債市拋售實驗室，〈動手拆解 2025 年 5 月日債與美債同步重挫〉，{edition} 版，網址為本頁網址。",
    }
    TLicence {
        en: "The lesson's text and figures are licensed under Creative Commons Attribution 4.0 International (CC BY 4.0): you may copy, adapt and share them, with credit. The data belongs to its publishers, named beside each figure. The code keeps its own licence (MIT).",
        zh: "本課程的文字與圖表採用創用 CC 姓名標示 4.0 國際授權條款（CC BY 4.0）：只要註明出處，即可重製、改作與分享。資料屬於各自的發布機構，已在每個數字旁註明。程式碼維持其原有授權（MIT）。",
    }
    YearsValue(years) {
        en: "{years} years",
        zh: "{years} 年",
    }
    MeanDuration(pct) {
        en: "if the yield rises 1 bp, the price falls about {pct}%",
        zh: "殖利率上升 1 個基點，價格約下跌 {pct}%",
    }
    MeanConvexity(add) {
        en: "for a 100 bp move, the curve's bend adds about {add} percentage points back to the duration estimate",
        zh: "變動 100 個基點時，曲線的彎曲會在存續期間估計上加回約 {add} 個百分點",
    }
    MeanDv01(dv01) {
        en: "if the yield rises 1 bp, the price falls about {dv01} per 100 of face value",
        zh: "殖利率上升 1 個基點，每 100 元面額價格約下跌 {dv01}",
    }
    WorkedTitle {
        en: "A worked example, step by step",
        zh: "逐步算一次",
    }
    Work1(p0, y0) {
        en: "Price before: {p0} per 100, the bond's payments discounted at {y0}%.",
        zh: "變動前價格：每 100 元面額 {p0}，即以 {y0}% 折現債券的所有現金流。",
    }
    Work2(p1, y1) {
        en: "Price after: {p1} per 100, the same payments discounted at {y1}%.",
        zh: "變動後價格：每 100 元面額 {p1}，即以 {y1}% 折現同樣的現金流。",
    }
    Work3(p0, p1, exact) {
        en: "Exact change: ({p1} − {p0}) ÷ {p0} = {exact}%.",
        zh: "實際變動：（{p1} − {p0}）÷ {p0} = {exact}%。",
    }
    Work4(d, dy, dur) {
        en: "Duration estimate: −{d} × {dy} percentage points = {dur}%.",
        zh: "存續期間估計：−{d} × {dy} 個百分點 = {dur}%。",
    }
    Work5Zero {
        en: "With no change in yield there is nothing to estimate: the exact change and both estimates are 0.",
        zh: "殖利率沒有變動，就沒有要估計的：實際變動與兩種估計都是 0。",
    }
    Work5(miss, add, conv) {
        en: "The duration estimate is {miss} percentage points below the exact change, because the price curve bends and stays above its straight tangent; convexity adds {add} points, giving {conv}%.",
        zh: "存續期間估計比實際變動低 {miss} 個百分點，因為價格曲線是彎的，一直在切線上方；加上凸性修正 {add} 個百分點，得到 {conv}%。",
    }
    Work5Tiny {
        en: "At so small a change the duration estimate and the exact change agree to the hundredth of a point: the price curve's bend shows only over larger moves.",
        zh: "變動這麼小時，存續期間估計與實際變動到小數點後兩位都相同：價格曲線的彎曲，要在較大的變動下才看得出來。",
    }
    PrCSameSize {
        en: "About the same",
        zh: "差不多",
    }
}
