import Foundation
import StatusmarkCore

/// The redirects of the incidents' `aliases:`: a small page at each alias (a canonical link and a meta refresh,
/// no JavaScript) for any static host, and `_redirects` lines, which Netlify and Cloudflare Pages answer with a
/// 301 before the page is read. An alias that is a page's address, or another alias, is an error at its line.
struct RedirectRenderer: Sendable {
    let links: SiteLinks

    /// One alias to write.
    struct Redirect: Sendable {
        var alias: Located<String>
        /// The output file of the redirect page.
        var path: String
        var record: IncidentRecord
    }

    /// - Parameters:
    ///   - pagePaths: The output paths of the pages other than incidents', each with what it is ("the history").
    ///   - themeRules: The theme's own `static/_redirects`, which goes first: the first rule that matches wins.
    func render(
        _ records: [IncidentRecord], pagePaths: [String: String], themeRules: [UInt8]?
    ) -> (files: [(file: RenderedFile, origin: String)], diagnostics: [Diagnostic]) {
        // By file, then as each file lists them, so the alias that comes first is the one kept.
        var redirects: [Redirect] = []
        for record in records.filter({ !$0.incident.aliases.isEmpty }).sorted(by: { $0.incident.path < $1.incident.path }) {
            for alias in record.incident.aliases {
                redirects.append(Redirect(alias: alias, path: AliasPath.outputPath(alias.value), record: record))
            }
        }
        var files: [(file: RenderedFile, origin: String)] = []
        var diagnostics: [Diagnostic] = []
        if !redirects.isEmpty {
            var incidentPages: [String: String] = [:]
            for record in records {
                incidentPages[links.outputPath(ofPage: links.incident(record.incident.slug))] = record.incident.path
            }
            var claimed: [String: Located<String>] = [:]
            var kept: [Redirect] = []
            for redirect in redirects {
                let alias = redirect.alias
                if let page = pagePaths[redirect.path] ?? incidentPages[redirect.path].map({ "the page of \($0)" }) {
                    diagnostics.append(
                        .error(
                            .incidentAliasCollision, "the alias '\(alias.value)' is the address of \(page)",
                            at: alias.location, notes: [Diagnostic.Note("remove the alias; the page is already there")]))
                } else if let first = claimed[redirect.path] {
                    diagnostics.append(
                        .error(
                            .incidentAliasCollision,
                            "the alias '\(alias.value)' is already an alias\(first.value == alias.value ? "" : " ('\(first.value)')")",
                            at: alias.location,
                            notes: [
                                Diagnostic.Note("first given here", at: first.location),
                                Diagnostic.Note("an old address can lead to one incident only; remove one of them"),
                            ]))
                } else {
                    claimed[redirect.path] = alias
                    kept.append(redirect)
                }
            }
            for redirect in kept {
                files.append((RenderedFile(path: redirect.path, text: page(for: redirect.record)), redirect.record.incident.path))
            }
            redirects = kept
        }
        var rules = themeRules.map { String(decoding: $0, as: UTF8.self) } ?? ""
        if !redirects.isEmpty {
            if !rules.isEmpty, !rules.hasSuffix("\n") { rules += "\n" }
            for redirect in redirects {
                rules += "\(links.basePath)\(redirect.alias.value.dropFirst()) \(links.incident(redirect.record.incident.slug)) 301\n"
            }
        }
        if !rules.isEmpty { files.append((RenderedFile(path: "_redirects", text: rules), "the redirects")) }
        return (files, diagnostics)
    }

    /// The redirect page: where the incident is now, for browsers (the refresh), search engines (the canonical
    /// link) and readers (the link).
    func page(for record: IncidentRecord) -> String {
        let link = HTMLEscaper.escape(links.incident(record.incident.slug))
        let canonical = HTMLEscaper.escape(links.absolute(links.incident(record.incident.slug)))
        let title = HTMLEscaper.escape(record.incident.title)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <link rel="canonical" href="\(canonical)">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(link)">
            </head>
            <body>
            <p>This page has moved to <a href="\(link)">\(title)</a>.</p>
            </body>
            </html>

            """
    }
}
