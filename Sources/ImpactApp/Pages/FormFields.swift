import Foundation

/// The fields of an `application/x-www-form-urlencoded` body, each name to its values in order.
enum FormFields {
  static func parse(_ body: String) -> [String: [String]] {
    var fields: [String: [String]] = [:]
    for pair in body.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let decode = { (text: Substring) in
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
      }
      guard let name = parts.first else { continue }
      fields[decode(name), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
    }
    return fields
  }
}
