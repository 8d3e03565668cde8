import Testing
import ThaiText

struct JSONStringTests {
  @Test(arguments: [
    ("ปูติน", "\"ปูติน\""),
    ("Kim \"Jong\" Un\\", "\"Kim \\\"Jong\\\" Un\\\\\""),
    ("KCNA\tTASS\r\n", "\"KCNA\\tTASS\\r\\n\""),
    ("\u{1}\u{1F}", "\"\\u0001\\u001f\""),
    ("a\u{2028}b", "\"a\\u2028b\""),
    ("— 15,000 นาย", "\"— 15,000 นาย\""),
  ])
  func quoting(text: String, expected: String) {
    #expect(JSONString.quoted(text) == expected)
  }

  @Test func arrays() {
    #expect(JSONString.array(["Putin", "ปูติน"]) == "[\"Putin\", \"ปูติน\"]")
    #expect(JSONString.array([]) == "[]")
  }
}
