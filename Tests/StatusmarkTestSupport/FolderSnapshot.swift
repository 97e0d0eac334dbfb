public import Foundation

/// Every file under a folder with its bytes, by path relative to the folder: for comparing whole outputs.
public enum FolderSnapshot {
    public static func read(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let relative = enumerator.nextObject() as? String {
            guard (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeRegular else { continue }
            files[relative] = try Data(contentsOf: folder.appendingPathComponent(relative))
        }
        return files
    }
}
