// ObjectBuilder: the Python binding's writer for lib/output/document_walk.h.
// It builds the schema's dicts, lists, str, int, float, bool and None
// directly, so Document.to_dict() needs neither JSON text nor json.loads, and
// maps span offsets to code point indices in the same walk.
//
// The values equal json.loads(claimx::ToJson(...)) exactly: numbers follow
// JsonWriter::Number (an integral value below 2^53 is an int, a non-finite
// one is None), strings with invalid UTF-8 get U+FFFD per maximal invalid
// subsequence as JsonWriter::Escape writes them, and keys are interned str.
// Call with the GIL held.
#ifndef CLAIMX_BINDINGS_PYTHON_OBJECT_BUILDER_H_
#define CLAIMX_BINDINGS_PYTHON_OBJECT_BUILDER_H_

#include <Python.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/utf8.h"

namespace claimx_python {

// Pauses Python's cyclic garbage collector for a scope (Python 3.10+;
// a no-op before): while a tree of new containers grows, young collections
// would scan it again and again, and none of it can be garbage yet.
class GcPause {
 public:
#if PY_VERSION_HEX >= 0x030A0000
  GcPause() : was_enabled_(PyGC_Disable()) {}
  ~GcPause() {
    if (was_enabled_) PyGC_Enable();
  }

 private:
  int was_enabled_;
#endif
};

class ObjectBuilder {
 public:
  // `char_at`, when not null, maps a byte offset (index, clamped to its last
  // element) to the code point index written for span offsets.
  explicit ObjectBuilder(const std::vector<uint32_t>* char_at)
      : char_at_(char_at) {}
  ObjectBuilder(const ObjectBuilder&) = delete;
  ObjectBuilder& operator=(const ObjectBuilder&) = delete;
  ~ObjectBuilder() {
    for (PyObject* o : stack_) Py_DECREF(o);
    Py_XDECREF(result_);
  }

  void BeginObject(bool = false) { Open(PyDict_New()); }
  void EndObject() { Close(); }
  void BeginArray(bool = false) { Open(PyList_New(0)); }
  void EndArray() { Close(); }
  template <size_t N>
  void Key(const char (&key)[N]) {
    key_ = Interned(key);
  }
  void String(std::string_view s) { Add(Str(s)); }
  void Number(double v) {
    if (!std::isfinite(v)) return Null();
    if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) {
      return Add(PyLong_FromLongLong(static_cast<long long>(v)));
    }
    Add(PyFloat_FromDouble(v));
  }
  void Int(int64_t v) { Add(PyLong_FromLongLong(v)); }
  void Bool(bool v) {
    PyObject* o = v ? Py_True : Py_False;
    Py_INCREF(o);
    Add(o);
  }
  void Null() {
    Py_INCREF(Py_None);
    Add(Py_None);
  }
  void Offset(uint32_t v) {
    if (char_at_ != nullptr && !char_at_->empty()) {
      v = (*char_at_)[std::min<size_t>(v, char_at_->size() - 1)];
    }
    Int(v);
  }

  // The finished top-level object (a new reference), or null with a Python
  // error set if building failed.
  PyObject* Release() {
    PyObject* r = result_;
    result_ = nullptr;
    return failed_ ? (Py_XDECREF(r), nullptr) : r;
  }

  // Byte offset -> code point index for every offset 0..text.size(): a
  // maximal invalid subsequence counts as one character (what
  // bytes.decode("utf-8", "replace") gives), and an offset inside a
  // character maps past it. Empty when the text is ASCII (offsets are
  // indices already).
  static std::vector<uint32_t> CharIndex(std::string_view text) {
    std::vector<uint32_t> at;
    size_t pos = 0;
    while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80)
      ++pos;
    if (pos == text.size()) return at;
    at.resize(text.size() + 1);
    for (size_t i = 0; i <= pos; ++i) at[i] = static_cast<uint32_t>(i);
    uint32_t chars = static_cast<uint32_t>(pos);
    while (pos < text.size()) {
      const auto c = static_cast<unsigned char>(text[pos]);
      const size_t len =
          c < 0x80 ? 1 : claimx::internal::DecodeUtf8(text, pos).length;
      ++chars;
      for (size_t k = 1; k <= len; ++k) at[pos + k] = chars;
      pos += len;
    }
    return at;
  }

 private:
  static PyObject* Interned(const char* key) {
    // Literals from the walk: a handful of distinct pointers, kept for the
    // life of the module (the GIL serializes access).
    static auto* keys = new std::unordered_map<const char*, PyObject*>();
    auto it = keys->find(key);
    if (it != keys->end()) return it->second;
    PyObject* k = PyUnicode_InternFromString(key);
    if (k != nullptr) keys->emplace(key, k);
    return k;
  }

  static PyObject* Str(std::string_view s) {
    if (claimx::internal::FindInvalidUtf8(s) == s.size()) {
      return PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()),
                                  nullptr);
    }
    std::string valid;
    claimx::internal::AppendValidUtf8(s, &valid);
    return PyUnicode_DecodeUTF8(valid.data(),
                                static_cast<Py_ssize_t>(valid.size()), nullptr);
  }

  // Puts v (a new reference, or null on failure) into the open container
  // under the pending key, or makes it the result. Steals v.
  void Add(PyObject* v) {
    if (failed_ || v == nullptr ||
        (key_ == nullptr && !stack_.empty() && PyDict_Check(stack_.back()))) {
      Py_XDECREF(v);
      failed_ = true;
      return;
    }
    if (stack_.empty()) {
      Py_XDECREF(result_);
      result_ = v;
      return;
    }
    PyObject* top = stack_.back();
    const int rc = PyDict_Check(top) ? PyDict_SetItem(top, key_, v)
                                     : PyList_Append(top, v);
    Py_DECREF(v);
    if (rc != 0) failed_ = true;
  }
  void Open(PyObject* c) {
    if (c == nullptr) {
      failed_ = true;
      // Keep the stack balanced for Close: a placeholder reference.
      Py_INCREF(Py_None);
      stack_.push_back(Py_None);
      return;
    }
    Py_INCREF(c);  // one reference for the parent (Add steals it)
    Add(c);
    stack_.push_back(c);
  }
  void Close() {
    Py_DECREF(stack_.back());
    stack_.pop_back();
  }

  const std::vector<uint32_t>* char_at_;
  std::vector<PyObject*> stack_;  // open containers (own references)
  PyObject* key_ = nullptr;       // borrowed, interned
  PyObject* result_ = nullptr;
  bool failed_ = false;
};

}  // namespace claimx_python

#endif  // CLAIMX_BINDINGS_PYTHON_OBJECT_BUILDER_H_
