import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StatusmarkCore
@testable import StatusmarkSite
import StatusmarkTestSupport
import Testing

/// `badge.svg` and `badges/<id>.svg`: well-formed SVG with the status in an accessible title and in colour.
@Suite struct BadgeTests {
    /// Collects the text of every `<title>` and the root's attributes.
    final class SVGReader: NSObject, XMLParserDelegate {
        var rootAttributes: [String: String] = [:]
        var titles: [String] = []
        private var inTitle = false

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            if name == "svg" { rootAttributes = attributes }
            if name == "title" { inTitle = true; titles.append("") }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle { titles[titles.count - 1] += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" { inTitle = false }
        }
    }

    func read(_ svg: String) throws -> SVGReader {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "not well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "")")
        return reader
    }

    @Test func aBadgeIsWellFormedWithItsStatusInTheTitle() async throws {
        let svg = BadgeRenderer().render(label: "Billing & <Credits>", message: "partial outage", key: "partial")
        let reader = try read(svg)
        #expect(reader.titles == ["Billing & <Credits>: partial outage"])
        #expect(reader.rootAttributes["aria-label"] == "Billing & <Credits>: partial outage")
        #expect(reader.rootAttributes["role"] == "img")
        // "Billing & <Credits>" is 110 px of text (B 8, C 8; i, l and spaces 4; r and t 5; the rest 7) and
        // "partial outage" 83 px; each side has 10 px of padding.
        #expect(reader.rootAttributes["width"] == "213")
        #expect(svg.contains("<rect x=\"120\" width=\"93\" height=\"20\" fill=\"#bc4c00\"/>"))
    }

    @Test func theSiteHasAnOverallBadgeAndOnePerComponent() async throws {
        let site = try makeSite(
            configuration: "title: Test\nbase_url: https://status.test\ncomponents:\n  - name: API\n  - name: Web app\n    id: web\n",
            incidents: [
                "2025-03-10-down.md": "---\ntitle: Down\ncomponents:\n  web: major outage\nstarted: 2025-03-10 10:00 UTC\n---\n## Investigating — 2025-03-10 10:05 UTC\nLooking.\n"
            ])
        let result = try await SiteBuilder(now: instant("2025-03-10T12:00:00Z")).build(root: site.url)
        #expect(result.diagnostics.isEmpty)
        #expect(try read(text(of: "badge.svg", in: result)).titles == ["status: major outage"])
        #expect(try read(text(of: "badges/api.svg", in: result)).titles == ["API: operational"])
        #expect(try read(text(of: "badges/web.svg", in: result)).titles == ["Web app: major outage"])
        #expect(text(of: "badges/web.svg", in: result).contains("fill=\"#cf222e\""))
    }
}
