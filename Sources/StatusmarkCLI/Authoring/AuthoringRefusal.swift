/// Why an authoring command wrote nothing, when the command line was right but the site's state forbids the
/// change (the incident is already resolved, say). Printed as `Error: …`; the command exits 1.
struct AuthoringRefusal: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
