#pragma once
// Internal to core/plo: a thin layer over libxml2's xmlTextWriter that the composers (compose,
// apprec, gp_reply) share. It remembers the first failure, so callers check once at the end.

#include "core/common/result.h"

#include <libxml/xmlwriter.h>

#include <memory>
#include <string>
#include <string_view>

namespace varde::plo::xml
{

inline const xmlChar *u(const char *text) { return reinterpret_cast<const xmlChar *>(text); }

class Writer
{
public:
    Writer()
        : m_buffer(xmlBufferCreate())
    {
        if (m_buffer)
            m_writer.reset(xmlNewTextWriterMemory(m_buffer.get(), 0));
        m_ok = m_writer != nullptr;
        if (m_ok) {
            xmlTextWriterSetIndent(m_writer.get(), 1);
            xmlTextWriterSetIndentString(m_writer.get(), u("  "));
            check(xmlTextWriterStartDocument(m_writer.get(), "1.0", "UTF-8", nullptr));
        }
    }

    void start(const char *name)
    {
        if (m_ok)
            check(xmlTextWriterStartElement(m_writer.get(), u(name)));
    }
    void end()
    {
        if (m_ok)
            check(xmlTextWriterEndElement(m_writer.get()));
    }
    void attribute(const char *name, std::string_view value)
    {
        if (m_ok)
            check(xmlTextWriterWriteAttribute(
                m_writer.get(), u(name), u(std::string(value).c_str())));
    }
    void element(const char *name, std::string_view text)
    {
        if (m_ok)
            check(xmlTextWriterWriteElement(m_writer.get(), u(name), u(std::string(text).c_str())));
    }
    // Text inside the open element, escaped.
    void text(std::string_view text)
    {
        if (m_ok)
            check(xmlTextWriterWriteString(m_writer.get(), u(std::string(text).c_str())));
    }
    // A coded value (kith CS or CV): V, DN and, when given, the code list's OID S.
    void code(const char *name, std::string_view v, std::string_view dn, const char *s = nullptr)
    {
        start(name);
        attribute("V", v);
        if (!dn.empty())
            attribute("DN", dn);
        if (s)
            attribute("S", s);
        end();
    }

    // The document, or Io when libxml2 failed on the way.
    Result<std::string> finish()
    {
        if (m_ok)
            check(xmlTextWriterEndDocument(m_writer.get()));
        if (!m_ok)
            return fail(ErrorCode::Io, "libxml2 could not write the message");
        m_writer.reset(); // flushes into the buffer
        return std::string(reinterpret_cast<const char *>(xmlBufferContent(m_buffer.get())),
            static_cast<std::size_t>(xmlBufferLength(m_buffer.get())));
    }

private:
    struct BufferFree {
        void operator()(xmlBuffer *p) const { xmlBufferFree(p); }
    };
    struct WriterFree {
        void operator()(xmlTextWriter *p) const { xmlFreeTextWriter(p); }
    };

    void check(int rc)
    {
        if (rc < 0)
            m_ok = false;
    }

    std::unique_ptr<xmlBuffer, BufferFree> m_buffer;
    std::unique_ptr<xmlTextWriter, WriterFree> m_writer;
    bool m_ok = false;
};

} // namespace varde::plo::xml
