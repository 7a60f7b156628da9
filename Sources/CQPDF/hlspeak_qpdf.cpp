#include "hlspeak_qpdf.h"

// Use qpdf 11's std::shared_ptr interfaces only (no PointerHolder).
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstring>
#include <exception>
#include <string>

namespace {

void copyReason(const std::string &text, char *reason, size_t size) {
    if (reason == nullptr || size == 0) return;
    std::strncpy(reason, text.c_str(), size - 1);
    reason[size - 1] = '\0';
}

/// Follows marked-content nesting through a content stream's tokens.
class MarkedContentDepth {
  public:
    /// Updates the depth for an operator; true when `op` begins a text object at depth 0.
    bool beginsUnmarkedText(const std::string &op) {
        if (op == "BMC" || op == "BDC") {
            ++depth;
        } else if (op == "EMC") {
            if (depth > 0) --depth;
        } else if (op == "BT" && depth == 0) {
            return true;
        }
        return false;
    }

  private:
    int depth = 0;
};

/// Wraps each text object drawn outside marked content in `/Artifact BMC ... EMC`.
class ArtifactWrapper : public QPDFObjectHandle::TokenFilter {
  public:
    void handleToken(QPDFTokenizer::Token const &token) override {
        if (token.getType() == QPDFTokenizer::tt_word) {
            const std::string &op = token.getValue();
            if (insideArtifact && op == "ET") {
                writeToken(token);
                write("\nEMC");
                insideArtifact = false;
                return;
            }
            if (!insideArtifact && nesting.beginsUnmarkedText(op)) {
                write("/Artifact BMC\n");
                insideArtifact = true;
            }
        }
        writeToken(token);
    }

  private:
    MarkedContentDepth nesting;
    bool insideArtifact = false;
};

/// Counts text objects outside marked content, without changing anything.
class UnmarkedTextCounter : public QPDFObjectHandle::TokenFilter {
  public:
    int count = 0;
    void handleToken(QPDFTokenizer::Token const &token) override {
        if (token.getType() == QPDFTokenizer::tt_word && nesting.beginsUnmarkedText(token.getValue())) ++count;
    }

  private:
    MarkedContentDepth nesting;
};

} // namespace

extern "C" int hlspeak_pdf_finish(const char *input, const char *output, const char *language,
                                  const char *xmp, size_t xmp_length, char *reason, size_t reason_size) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(input);
        std::vector<std::shared_ptr<ArtifactWrapper>> filters;
        for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            auto filter = std::make_shared<ArtifactWrapper>();
            // The page's streams become one, so a text object split between them is still whole.
            page.coalesceContentStreams();
            page.addContentTokenFilter(filter);
            filters.push_back(filter);
        }
        QPDFObjectHandle root = pdf.getRoot();
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(language));
        root.replaceKey("/ViewerPreferences", QPDFObjectHandle::parse("<< /DisplayDocTitle true >>"));
        if (!root.getKey("/MarkInfo").isDictionary()) {
            root.replaceKey("/MarkInfo", QPDFObjectHandle::parse("<< /Marked true >>"));
        }
        QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, std::string(xmp, xmp_length));
        metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", pdf.makeIndirectObject(metadata));

        QPDFWriter writer(pdf, output);
        writer.setDeterministicID(true);
        writer.write();
        if (pdf.anyWarnings()) {
            copyReason("the PDF Cairo wrote had problems libqpdf had to repair", reason, reason_size);
            return 2;
        }
        return 0;
    } catch (std::exception &error) {
        copyReason(error.what(), reason, reason_size);
        return 1;
    }
}

extern "C" int hlspeak_pdf_untagged_text(const char *path, int *counts, int capacity, char *reason, size_t reason_size) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(path);
        int index = 0;
        for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            UnmarkedTextCounter counter;
            page.filterContents(&counter);
            if (index < capacity) counts[index] = counter.count;
            ++index;
        }
        return index;
    } catch (std::exception &error) {
        copyReason(error.what(), reason, reason_size);
        return -1;
    }
}
