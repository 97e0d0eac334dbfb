/// The words an incident file may use besides the English ones, from the site's language: its update status
/// words (`## Behoben — …`) and the order of its numeric dates (`18.09.2025 11:00`). English always works.
public struct IncidentVocabulary: Sendable, Hashable {
    /// The language's name as its file gives it (`Deutsch`), for messages; empty for English alone.
    public let languageName: String
    /// Each status's word in the language, where it differs from the English one.
    public let localWords: [UpdateStatus: String]
    public let numericDateOrder: NumericDateOrder
    private let byNormalizedWord: [String: UpdateStatus]
    private let firstWords: Set<String>

    /// English only.
    public static let english = IncidentVocabulary(languageName: "", localWords: [:], numericDateOrder: .none)

    public init(languageName: String, localWords: [UpdateStatus: String], numericDateOrder: NumericDateOrder) {
        self.languageName = languageName
        var local: [UpdateStatus: String] = [:]
        var byWord: [String: UpdateStatus] = [:]
        for (status, word) in localWords {
            let normalized = word.normalizedWords()
            // A word that is English for another status keeps its English meaning.
            guard !normalized.isEmpty, UpdateStatus(word: word) == nil, byWord[normalized] == nil else { continue }
            local[status] = word
            byWord[normalized] = status
        }
        self.localWords = local
        self.byNormalizedWord = byWord
        self.firstWords = Set(byWord.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        self.numericDateOrder = numericDateOrder
    }

    /// A site's vocabulary from its translation's `updates` and `dates.numeric_order`.
    public init(_ translation: Translation) {
        let words = Dictionary(
            uniqueKeysWithValues: UpdateStatus.allCases.map { ($0, translation.text("updates.\($0.rawValue)")) })
        self.init(
            languageName: translation.tag == TranslationSources.referenceTag ? "" : translation.text("language.name"),
            localWords: words,
            numericDateOrder: NumericDateOrder(rawValue: translation.text("dates.numeric_order")) ?? .none)
    }

    /// The status a heading's word names, in English or in the language.
    public func status(_ word: String) -> UpdateStatus? {
        UpdateStatus(word: word) ?? (byNormalizedWord.isEmpty ? nil : byNormalizedWord[word.normalizedWords()])
    }

    /// Whether a text may begin with a status word (a quick test before a line is split to be read as one).
    func mayBegin(_ text: String) -> Bool {
        if UpdateStatus.mayBegin(text) { return true }
        guard !firstWords.isEmpty else { return false }
        let first = text.trimmingWhitespace().split(separator: " ").first.map { String($0).normalizedWords() } ?? ""
        return firstWords.contains(first)
    }

    /// `Investigating, Identified …`, and in the language `Wird untersucht, Identifiziert …`, for messages.
    func statusList(_ statuses: [UpdateStatus]) -> String {
        let english = statuses.map(\.title).joined(separator: ", ")
        let local = statuses.compactMap { localWords[$0] }
        guard !local.isEmpty, !languageName.isEmpty else { return english }
        return "\(english); in \(languageName): \(local.joined(separator: ", "))"
    }

    /// A day as the language's numeric dates write it, with a time: `16.07.2025 07:58`; `nil` for a language
    /// that reads none.
    func numericDateExample(_ day: CivilDate) -> String? {
        guard !languageName.isEmpty, numericDateOrder != .none else { return nil }
        let (first, second) = numericDateOrder == .dmy ? (day.day, day.month) : (day.month, day.day)
        let separator = numericDateOrder == .dmy ? "." : "/"
        return "\(CivilDate.pad(first, 2))\(separator)\(CivilDate.pad(second, 2))\(separator)\(day.year) 07:58"
    }

    /// Every word a status may be written as, for a suggestion.
    func words(for statuses: [UpdateStatus]) -> [String] {
        statuses.map(\.title) + statuses.compactMap { localWords[$0] }
    }
}
