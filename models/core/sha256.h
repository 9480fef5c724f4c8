#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

namespace tenure::core {

// SHA-256 over bytes given in pieces, by OpenSSL's implementation, which uses
// the processor's SHA instructions where it has them: several times faster
// than QCryptographicHash, whose hashing was a sixth of a large import's CPU.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView bytes);
    // The digest of every byte added, in lower-case hex; call it once.
    QByteArray hexResult();

private:
    struct FreeContext
    {
        void operator()(evp_md_ctx_st* context) const;
    };
    std::unique_ptr<evp_md_ctx_st, FreeContext> m_context;
};

} // namespace tenure::core
