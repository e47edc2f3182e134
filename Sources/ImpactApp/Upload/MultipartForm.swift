import Foundation

/// The files of a `multipart/form-data` body: each part with a file name, its bytes.
struct MultipartForm {
  /// One uploaded file.
  struct File {
    /// The name the browser gave (its last path component only).
    let name: String
    let bytes: ArraySlice<UInt8>
  }

  let files: [File]

  /// Parses `body` sent with the content type `contentType`.
  init(body: [UInt8], contentType: String) throws(AppError) {
    guard contentType.lowercased().hasPrefix("multipart/form-data"),
      let range = contentType.range(of: "boundary=")
    else { throw .unreadableUpload("it was not sent as a form of files") }
    var boundary = String(contentType[range.upperBound...])
    if let end = boundary.firstIndex(of: ";") { boundary = String(boundary[..<end]) }
    boundary = boundary.trimmingCharacters(in: ["\""])
    let delimiter = Array(("--" + boundary).utf8)
    let separator: [UInt8] = Array("\r\n\r\n".utf8)
    var files: [File] = []
    var start = Self.find(delimiter, in: body, from: 0)
    while let partStart = start {
      let contentStart = partStart + delimiter.count + 2
      guard contentStart < body.count,
        let next = Self.find(delimiter, in: body, from: contentStart),
        let headerEnd = Self.find(separator, in: body, from: contentStart), headerEnd < next
      else { break }
      let headers = String(decoding: body[contentStart..<headerEnd], as: UTF8.self)
      let bytesEnd = max(headerEnd + 4, next - 2)
      if let name = Self.fileName(headers), !name.isEmpty {
        files.append(File(name: name, bytes: body[(headerEnd + 4)..<bytesEnd]))
      }
      start = next
    }
    self.files = files
  }

  /// The `filename` of a part's `Content-Disposition`, reduced to its last path component.
  private static func fileName(_ headers: String) -> String? {
    guard let range = headers.range(of: "filename=\"") else { return nil }
    let rest = headers[range.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    let name = rest[..<end].split(whereSeparator: { $0 == "/" || $0 == "\\" }).last
    return name.map(String.init)
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var index = from
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle)
      {
        return index
      }
      index += 1
    }
    return nil
  }
}
