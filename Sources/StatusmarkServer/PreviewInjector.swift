import StatusmarkSite

/// Adds what only the preview has to an HTML page, just before `</body>`: the script that reloads the page when
/// the site is rebuilt and, after a failed build, an overlay listing the diagnostics. `build` output never has
/// either.
public enum PreviewInjector {
    /// The script's path; the server answers it and the events under `/_statusmark/`.
    public static let scriptPath = "/_statusmark/live.js"
    public static let eventsPath = "/_statusmark/events"
    public static let overlayID = "statusmark-overlay"

    /// The reload script: listens for `reload` events and reloads the page; EventSource reconnects by itself
    /// when the server restarts.
    public static let script = """
        (function () {
          if (!window.EventSource) return;
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("reload", function () { window.location.reload(); });
        })();

        """

    public static func inject(into page: [UInt8], failure: [String]) -> [UInt8] {
        var insertion = ""
        if !failure.isEmpty {
            let items = failure.map { "<li>\(XMLText.escape($0))</li>" }.joined()
            insertion += """
                <div id="\(overlayID)" role="alert" style="position:fixed;left:0;right:0;top:0;z-index:2147483647;\
                max-height:60vh;overflow:auto;margin:0;padding:1rem 1.25rem;background:#fff0f0;color:#5c0011;\
                border-bottom:4px solid #b00020;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace">\
                <strong>The last edit does not build. This is the last good site; fix the file and the page reloads.</strong>\
                <ul style="margin:.5rem 0 0;padding-left:1.25rem">\(items)</ul></div>
                """
        }
        insertion += "<script src=\"\(scriptPath)\"></script>\n"
        let marker = Array("</body>".utf8)
        var result = page
        if let index = lastIndex(of: marker, in: page) {
            result.insert(contentsOf: Array(insertion.utf8), at: index)
        } else {
            result.append(contentsOf: Array(insertion.utf8))
        }
        return result
    }

    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.count - needle.count
        while index >= 0 {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
