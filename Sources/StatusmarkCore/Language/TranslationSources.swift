/// The translation files a theme offers, by language tag: the built-in theme's and the site's own
/// (`site-template/i18n/<tag>.yml`), which is laid over the built-in file of its language.
public struct TranslationSources: Sendable, Hashable {
    public var builtIn: [String: SourceFile]
    public var site: [String: SourceFile]

    public init(builtIn: [String: SourceFile] = [:], site: [String: SourceFile] = [:]) {
        self.builtIn = builtIn
        self.site = site
    }

    /// The tag English is read from, and the one every other file is checked against.
    public static let referenceTag = "en"
}

extension TranslationSources {
    /// Every language a file is offered for, sorted.
    public var tags: [String] { Set(builtIn.keys).union(site.keys).sorted() }

    /// The translation pages are written with for statusmark.yml's `language`, and what is wrong with any of the
    /// site's translation files. A language is found by its tag or, failing that, by a shorter one (`de-AT`
    /// uses `de`). English fills in what a file leaves out.
    /// - Returns: `nil` for the translation when the language has no file or a file has an error.
    public func resolve(_ language: Located<String>) -> (translation: Translation?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let english = TranslationDecoder(reference: nil)
            .decode(tag: Self.referenceTag, files: builtIn[Self.referenceTag].map { [$0] } ?? [], reportsMissing: false)
        diagnostics += english.diagnostics
        let reference = english.translation
        let decoder = TranslationDecoder(reference: reference)
        var decoded: [String: Translation] = [:]
        for tag in tags {
            let files = [builtIn[tag], site[tag]].compactMap { $0 }
            // The built-in files are checked by Statusmark's own tests; a site's files are checked always, whether
            // or not the site uses their language, and the built-in ones only for the language in use.
            guard site[tag] != nil || LanguageTag.fallbacks(language.value).contains(tag) else { continue }
            // Built-in English alone is the reference itself, already read.
            if tag == Self.referenceTag, site[tag] == nil, let reference {
                decoded[tag] = reference
                continue
            }
            let result = decoder.decode(tag: tag, files: files, reportsMissing: builtIn[tag] == nil)
            diagnostics += result.diagnostics
            decoded[tag] = result.translation
        }
        guard let tag = LanguageTag.fallbacks(language.value).first(where: { builtIn[$0] != nil || site[$0] != nil }) else {
            let primary = LanguageTag.fallbacks(language.value).last ?? language.value
            let related = tags.filter { $0.hasPrefix(primary + "-") }
            var notes: [Diagnostic.Note] = []
            if let first = related.first { notes.append(Diagnostic.Note("did you mean '\(first)'?")) }
            notes.append(
                Diagnostic.Note(
                    "the theme has \(tags.joined(separator: ", ")); add site-template/i18n/\(language.value).yml to write pages in another language"))
            diagnostics.append(
                .error(
                    .configUnknownLanguage, "no translation for the language '\(language.value)'",
                    at: language.location, notes: notes))
            return (nil, diagnostics)
        }
        guard !diagnostics.hasErrors, let translation = decoded[tag] else { return (nil, diagnostics) }
        return (translation, diagnostics)
    }
}
