internal import StatusmarkMustache

/// Every value name a page's templates can read: the keys of all the view models' fields. A name outside it
/// renders as nothing, which is almost always a misspelling.
enum TemplateVocabulary {
    static let keys: Set<String> = Set(
        [
            PageViewModel.fields.shape, SiteViewModel.fields.shape, FeedLinkViewModel.fields.shape,
            TimeViewModel.fields.shape, StatusViewModel.fields.shape, HomePageViewModel.fields.shape,
            ComponentGroupViewModel.fields.shape, ComponentViewModel.fields.shape, DayViewModel.fields.shape,
            LinkViewModel.fields.shape, IncidentSummaryViewModel.fields.shape, UpdateViewModel.fields.shape,
            IncidentPageViewModel.fields.shape, AffectedComponentViewModel.fields.shape, FactViewModel.fields.shape,
            PostmortemViewModel.fields.shape, TimelineEventViewModel.fields.shape, ComponentPageViewModel.fields.shape,
            ReliabilityRowViewModel.fields.shape, HistoryPageViewModel.fields.shape, MonthViewModel.fields.shape,
            PagerViewModel.fields.shape, PageLinkViewModel.fields.shape, EmbedScriptViewModel.fields.shape,
        ].flatMap(\.keys))

    /// Every name under `t`: the English translation's keys, and `before` and `after`.
    static let translationKeys = TranslationViewModel.names(Theme.builtInEnglish)

    /// The parts of a tag's name that no view model has, with their offsets in the name (`site.titel` →
    /// `titel` at 5). The names under `site.assets` are the theme's asset files, whatever they are; those under
    /// `t` are the translation's keys.
    static func unknownParts(of name: String) -> [(part: String, offset: Int)] {
        var unknown: [(String, Int)] = []
        var offset = 0
        var previous: Substring?
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let known = parts.first == "t" && parts.count > 1 ? translationKeys : keys
        for (index, part) in parts.enumerated() {
            let isKnown = index == 0 && part == "t" || known.contains(String(part))
            if previous != "assets", !isKnown { unknown.append((String(part), offset)) }
            offset += part.count + 1
            previous = part
        }
        return unknown
    }
}
