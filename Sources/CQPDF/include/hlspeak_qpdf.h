// A small C interface over libqpdf's C++ API, for the one thing hlspeak needs from a real PDF
// library: finishing a tagged PDF from Cairo so that it can declare PDF/UA-1.
#ifndef HLSPEAK_QPDF_H
#define HLSPEAK_QPDF_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Reads the PDF at `input` and writes to `output` (a different path) a copy in which
///  - every text object (BT ... ET) outside any marked-content sequence is wrapped in an
///    `/Artifact` sequence (Cairo 1.16 cannot write artifacts: the running header, the footer
///    and the page numbers are drawn outside every structure element for this reason);
///  - the catalog gets `/Lang`, `/ViewerPreferences << /DisplayDocTitle true >>` and an
///    uncompressed XMP `/Metadata` stream holding `xmp`;
///  - the file ID is derived from the content, so the same input gives the same bytes.
/// Returns 0 on success; otherwise writes a reason (NUL-terminated, truncated to
/// `reason_size`) and returns non-zero.
int hlspeak_pdf_finish(const char *input, const char *output, const char *language,
                       const char *xmp, size_t xmp_length, char *reason, size_t reason_size);

/// The number of text objects outside any marked-content sequence on each page of `path`, in
/// `counts` (at most `capacity` pages); the page count is returned, or -1 with a reason.
/// For tests and checks: a finished file has none.
int hlspeak_pdf_untagged_text(const char *path, int *counts, int capacity, char *reason, size_t reason_size);

#ifdef __cplusplus
}
#endif

#endif
