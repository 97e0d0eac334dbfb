internal import Mustache

/// A labelled value in a definition list: `Duration: 2 h 14 min`.
struct FactViewModel: Sendable, Hashable {
    var label: String
    var value: String
    /// When the value is an instant, for `<time datetime>`.
    var time: ViewModelBox<TimeViewModel>?
}

extension FactViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "time": time
        default: nil
        }
    }
}
