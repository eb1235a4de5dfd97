// _claimx: the thin pybind11 shim under the pure-Python package `claimx`.
//
// It exposes the C++ API as it is: an Extractor built from options, Extract
// and ExtractBatch with the GIL released, and a native Document that keeps the
// UTF-8 bytes it came from so that claimx::ToJson can print span texts. All
// the Python conveniences (record objects, str offsets, iteration, pickling)
// live in claimx/__init__.py. Errors become ValueError with the library's
// message. Thread-safety is the library's: one Extractor may be used from any
// number of Python threads at once.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimx/claimx.h"
#include "document_codec.h"
#include "object_builder.h"
#include "output/document_walk.h"  // the schema walk ToJson uses
#include "output/json_writer.h"

namespace py = pybind11;

namespace {

// A Document with the exact bytes it was extracted from.
struct NativeDocument {
  claimx::Document doc;
  std::string text;
};

[[noreturn]] void ThrowStatus(const absl::Status& status) {
  throw py::value_error(std::string(status.message()));
}

// Copies a str (as UTF-8) or bytes-like object into `out`. Returns false and
// sets `error` when the object is neither, or a str that cannot be encoded
// (lone surrogates). Needs the GIL.
bool TextToUtf8(py::handle obj, std::string* out, std::string* error) {
  if (PyUnicode_Check(obj.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(obj.ptr(), &size);
    if (data == nullptr) {
      py::error_already_set e;
      *error = std::string("text is not encodable as UTF-8: ") + e.what();
      return false;
    }
    out->assign(data, static_cast<size_t>(size));
    return true;
  }
  if (PyBytes_Check(obj.ptr())) {
    out->assign(PyBytes_AS_STRING(obj.ptr()),
                static_cast<size_t>(PyBytes_GET_SIZE(obj.ptr())));
    return true;
  }
  if (PyByteArray_Check(obj.ptr())) {
    out->assign(PyByteArray_AS_STRING(obj.ptr()),
                static_cast<size_t>(PyByteArray_GET_SIZE(obj.ptr())));
    return true;
  }
  *error = std::string("text must be str or bytes, not ") +
           Py_TYPE(obj.ptr())->tp_name;
  return false;
}

// Python str from UTF-8 the library produced; never raises on bad bytes.
py::str DecodeUtf8(const std::string& s) {
  PyObject* o = PyUnicode_DecodeUTF8(
      s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (o == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

claimx::Extractor MakeExtractor(bool entities, bool quantities, bool claims,
                                uint64_t max_document_bytes,
                                uint32_t max_token_bytes,
                                uint32_t max_nesting_depth,
                                const std::string& invalid_utf8,
                                const std::vector<std::string>& lexicon_files,
                                const std::string& lexicon_text, int threads,
                                const std::string& entity_model_file) {
  claimx::Options o;
  o.entities = entities;
  o.quantities = quantities;
  o.claims = claims;
  o.max_document_bytes = max_document_bytes;
  o.max_token_bytes = max_token_bytes;
  o.max_nesting_depth = max_nesting_depth;
  if (invalid_utf8 == "reject") {
    o.invalid_utf8 = claimx::InvalidUtf8::kReject;
  } else if (invalid_utf8 == "replace") {
    o.invalid_utf8 = claimx::InvalidUtf8::kReplace;
  } else {
    throw py::value_error("invalid_utf8 must be 'reject' or 'replace', not '" +
                          invalid_utf8 + "'");
  }
  if (threads < 0) throw py::value_error("threads must be >= 0");
  o.lexicon_files = lexicon_files;
  o.lexicon_text = lexicon_text;
  o.entity_model_file = entity_model_file;
  absl::StatusOr<claimx::Extractor> ex;
  {
    py::gil_scoped_release nogil;
    ex = claimx::Extractor::Create(o);
  }
  if (!ex.ok()) ThrowStatus(ex.status());
  return *std::move(ex);
}

std::unique_ptr<NativeDocument> Extract(const claimx::Extractor& ex,
                                        py::handle text, const std::string& id,
                                        const std::string& date) {
  auto out = std::make_unique<NativeDocument>();
  std::string error;
  if (!TextToUtf8(text, &out->text, &error)) {
    if (PyUnicode_Check(text.ptr())) throw py::value_error(error);
    throw py::type_error(error);
  }
  absl::StatusOr<claimx::Document> doc;
  {
    py::gil_scoped_release nogil;
    doc = ex.Extract(out->text, claimx::DocumentInfo{id, date});
  }
  if (!doc.ok()) ThrowStatus(doc.status());
  out->doc = *std::move(doc);
  return out;
}

// items: a sequence of (text, id, date) tuples. Returns a list with, per item
// and in order, a NativeDocument or a str holding the error message.
py::list ExtractBatch(const claimx::Extractor& ex, const py::sequence& items,
                      int threads) {
  const size_t n = py::len(items);
  std::vector<std::unique_ptr<NativeDocument>> docs(n);
  std::vector<std::string> errors(n);
  std::vector<claimx::BatchItem> batch;
  std::vector<size_t> index;
  batch.reserve(n);
  index.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    py::tuple item = items[i].cast<py::tuple>();
    if (item.size() != 3)
      throw py::value_error("extract_batch items are (text, id, date)");
    docs[i] = std::make_unique<NativeDocument>();
    if (!TextToUtf8(item[0], &docs[i]->text, &errors[i])) continue;
    claimx::DocumentInfo info{item[1].cast<std::string>(),
                              item[2].cast<std::string>()};
    batch.push_back(claimx::BatchItem{docs[i]->text, std::move(info)});
    index.push_back(i);
  }
  std::vector<absl::StatusOr<claimx::Document>> results;
  {
    py::gil_scoped_release nogil;
    results = ex.ExtractBatch(batch, threads);
  }
  for (size_t r = 0; r < results.size(); ++r) {
    size_t i = index[r];
    if (results[r].ok()) {
      docs[i]->doc = *std::move(results[r]);
    } else {
      errors[i] = std::string(results[r].status().message());
    }
  }
  py::list out(n);
  for (size_t i = 0; i < n; ++i) {
    if (errors[i].empty()) {
      out[i] = py::cast(std::move(docs[i]));
    } else {
      out[i] = py::str(errors[i]);
    }
  }
  return out;
}

}  // namespace

PYBIND11_MODULE(_claimx, m) {
  m.doc() = "Native core of the claimx package (use `import claimx`).";
  m.def(
      "version", [] { return std::string(claimx::Version()); },
      "Version of the claimx C++ library.");

  py::class_<NativeDocument>(m, "NativeDocument")
      .def_property_readonly(
          "id", [](const NativeDocument& d) { return DecodeUtf8(d.doc.id); })
      .def_property_readonly("date",
                             [](const NativeDocument& d) -> py::object {
                               if (d.doc.date.empty()) return py::none();
                               return DecodeUtf8(d.doc.date);
                             })
      .def_property_readonly(
          "bytes", [](const NativeDocument& d) { return d.doc.bytes; })
      .def_property_readonly(
          "utf8", [](const NativeDocument& d) { return py::bytes(d.text); })
      .def_property_readonly("counts",
                             [](const NativeDocument& d) {
                               py::dict c;
                               c["tokens"] = d.doc.tokens.size();
                               c["sentences"] = d.doc.sentences.size();
                               c["entities"] = d.doc.entities.size();
                               c["quantities"] = d.doc.quantities.size();
                               c["claims"] = d.doc.claims.size();
                               return c;
                             })
      .def(
          "to_json",
          [](const NativeDocument& d, bool pretty, bool tokens,
             bool str_offsets) {
            std::string s;
            {
              py::gil_scoped_release nogil;
              // claimx::ToJson's walk; with str_offsets the span offsets go
              // through the code point index (none for ASCII text).
              std::vector<uint32_t> char_at;
              if (str_offsets) {
                char_at = claimx_python::ObjectBuilder::CharIndex(d.text);
              }
              claimx::internal::JsonWriter w(&s, pretty,
                                             d.text.size() * 6 + 1024);
              w.set_offset_map(&char_at);
              claimx::internal::WriteDocument(w, d.doc, d.text, tokens);
              w.Finish();
            }
            return DecodeUtf8(s);
          },
          py::arg("pretty") = false, py::arg("tokens") = false,
          py::arg("str_offsets") = false,
          "claimx::ToJson: the CLI's JSON; span offsets as code point "
          "indices when str_offsets is true, else UTF-8 byte offsets.")
      .def(
          "to_dict",
          [](const NativeDocument& d, bool tokens, bool str_offsets) {
            std::vector<uint32_t> char_at;
            if (str_offsets) {
              char_at = claimx_python::ObjectBuilder::CharIndex(d.text);
            }
            claimx_python::ObjectBuilder b(&char_at);
            {
              claimx_python::GcPause pause;
              claimx::internal::WriteDocument(b, d.doc, d.text, tokens);
            }
            PyObject* r = b.Release();
            if (r == nullptr) throw py::error_already_set();
            return py::reinterpret_steal<py::object>(r);
          },
          py::arg("tokens") = false, py::arg("str_offsets") = true,
          "The schema as Python objects (what json.loads(to_json()) gives), "
          "span offsets as code point indices when str_offsets is true.")
      .def(
          "to_text",
          [](const NativeDocument& d) {
            return DecodeUtf8(claimx::ToText(d.doc, d.text));
          },
          "claimx::ToText: the CLI's readable summary.")
      .def(
          "to_html",
          [](const NativeDocument& d, const std::string& title, bool script) {
            std::string s;
            {
              py::gil_scoped_release nogil;
              claimx::HtmlOptions o;
              o.title = title;
              o.script = script;
              s = claimx::ToHtml(d.doc, d.text, o);
            }
            return DecodeUtf8(s);
          },
          py::arg("title") = "", py::arg("script") = true,
          "claimx::ToHtml: the CLI's self-contained HTML page.")
      .def(py::pickle(
          [](const NativeDocument& d) {
            std::string state = claimx_python::EncodeDocument(d.doc, d.text);
            return py::bytes(state);
          },
          [](const py::bytes& state) {
            auto d = std::make_unique<NativeDocument>();
            std::string_view in = state;
            if (!claimx_python::DecodeDocument(in, &d->doc, &d->text)) {
              throw py::value_error(
                  "not a pickled claimx document (corrupt, truncated or "
                  "from an incompatible version)");
            }
            return d;
          }));

  py::class_<claimx::Extractor>(m, "NativeExtractor")
      .def(py::init(&MakeExtractor), py::arg("entities") = true,
           py::arg("quantities") = true, py::arg("claims") = true,
           py::arg("max_document_bytes") = 64ull << 20,
           py::arg("max_token_bytes") = 4096u,
           py::arg("max_nesting_depth") = 16u,
           py::arg("invalid_utf8") = "reject",
           py::arg("lexicon_files") = std::vector<std::string>{},
           py::arg("lexicon_text") = "", py::arg("threads") = 0,
           py::arg("entity_model_file") = "")
      .def("extract", &Extract, py::arg("text"), py::arg("id") = "",
           py::arg("date") = "")
      .def("extract_batch", &ExtractBatch, py::arg("items"),
           py::arg("threads") = 0);
}
