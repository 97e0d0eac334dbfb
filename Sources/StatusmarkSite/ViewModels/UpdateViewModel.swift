internal import Mustache

/// One update of an incident: its status, when it was posted, and its Markdown rendered by libcmark.
struct UpdateViewModel: Sendable, Equatable {
    /// `Identified`, `In progress`.
    var status: String
    /// `identified`, `in_progress`.
    var statusKey: String
    var time: ViewModelBox<TimeViewModel>
    /// Trusted HTML: libcmark's output in safe mode unless the site sets `unsafe_html`.
    var html: String
}

extension UpdateViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "status": status
        case "statusKey": statusKey
        case "time": time
        case "html": html
        default: nil
        }
    }
}
