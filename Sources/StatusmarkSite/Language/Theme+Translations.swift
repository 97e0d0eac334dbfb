public import StatusmarkCore

extension Theme {
    /// The folder of a theme's translation files, one `<tag>.yml` per language.
    static let translationFolder = "i18n"

    /// The theme's translation files: the built-in theme's, and the site's own that are laid over them.
    public var translationSources: TranslationSources {
        var sources = TranslationSources()
        for file in Theme.builtIn.files(under: Self.translationFolder) {
            guard let tag = Self.translationTag(file.path), let text = String(validating: file.bytes, as: UTF8.self)
            else { continue }
            sources.builtIn[tag] = SourceFile(path: file.displayPath, text: text)
        }
        for file in files(under: Self.translationFolder) {
            guard case .site(let path) = file.origin, let tag = Self.translationTag(file.path) else { continue }
            // Bytes that are not UTF-8 are read as replacement characters (U+FFFD), which then show in the pages.
            sources.site[tag] = SourceFile(path: path, text: String(decoding: file.bytes, as: UTF8.self))
        }
        return sources
    }

    /// `de` for `i18n/de.yml`; `nil` for a file that is not a translation.
    static func translationTag(_ path: String) -> String? {
        let prefix = translationFolder + "/"
        guard path.hasPrefix(prefix), path.hasSuffix(".yml") else { return nil }
        let name = String(path.dropFirst(prefix.count).dropLast(4))
        return name.contains("/") ? nil : LanguageTag.canonical(name)
    }

    /// The built-in English translation, which a model made without a theme's translations is shown with.
    static let builtInEnglish: Translation = {
        let sources = Theme.builtIn.translationSources
        let language = Located(TranslationSources.referenceTag, at: SourceLocation(path: "statusmark.yml", line: 1, column: 1))
        return TranslationSources(builtIn: sources.builtIn).resolve(language).translation
            ?? Translation(tag: TranslationSources.referenceTag, messages: [:])
    }()
}
