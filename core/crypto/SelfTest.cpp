// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfTest.h"

#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"

#include <QCoreApplication>

namespace sb::SelfTest {

namespace {

// Test-only key material, published here on purpose: it protects nothing.
// The envelopes were made with pycryptodome following formats.md.
constexpr QByteArrayView
    PortClientSecret("@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ is followed by text that is not key");
constexpr QByteArrayView PortPlaintext("SecretBench known-answer test: aes256-gcm");
constexpr QByteArrayView PortEnvelope(
    "oKGio6SlpqeoqaqrrK2ur1h+N/Qs5d+vAQxJYKm5eHuz9adFMu9JbLj8gYZVRf4PdwmIn//8ywAi4lxCXDV0a2Ij6F+eXYrO"
    "4w==");

constexpr QByteArrayView ClientSidePlaintext("SecretBench known-answer test: client-side");
constexpr QByteArrayView ClientSideEnvelope(
    "wMHCw8TFxsfIycrLD/N7bewt0yF/JQIlgNFmY23hZ+DHiRX/Zs7zsEiG2Da0CaEFtdttUSqCDsMEotSmOXpe9CHP/LiT6NDq"
    "Ng/htqzstkEC6CQIIxJu0PSmXo/e5kIr5/xErBt7KjEIDTbwf8GFEOWylisoDtGD2i2gEEdor7sUY54/xXNkZFpwiuweCEsR"
    "51dBaKhiZi0bIXjTR/ste5YxL1BaJMl4ruEqP6/miVR1XvDRqdCUztq8l5AWvHTwcoMCaKsdGDtm4tWlu4BPRAw+9f34HWOB"
    "e+3DWMeMA/HfDWI1TDRR4Bv2WKNDuA4KzBSJx+8bis5aYtBJp5VNeNLK94v95dzfWFUyUS02awVePKFmGrliKQH6Y8g9Rpqc"
    "Co/L966JCHs+AFekDq8EXqtu3j0PeB1xQtb3B2QkuB9v2FgjyPk=");
constexpr QByteArrayView
    ClientSidePrivateKey("-----BEGIN PRIVATE KEY-----\n"
                         "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC39PXEmoXw+4Nz\n"
                         "VjVwcLhLx23UEKm8P7hhyGEJxfqlgxbdxIE8Pobm7eULWuF+nJq4Z4MYNL45M933\n"
                         "fuerr9R+qurvU7mDGvM8LggAqq7hC2hm3vHPtJhnwY+GKLpQblqCcjCz89761QvY\n"
                         "YbJkDI7I+npfakrWRX9dXPgrOh9EQHZxO5fWlZbJkDgjqvhU10KUZFj1fdQS7oyD\n"
                         "c46tfZyp/C24t55pxRo1mSAGLtlYCd7Ezckyy7s/VCWCApMlvKaUH3qUKxSkkzKJ\n"
                         "ZcHZqkx7eBfob1UNZ1onv2BpXntvlPIIzf3pxgvOziCmf45XiZh2daJ7lRgBy5GJ\n"
                         "2Vc2j1HHAgMBAAECggEAGs54AqfajTThlsJBHvsAvY44tiFIKBYIWjt3JJOfRFTi\n"
                         "KqadhzgSCX8w6Y2F9EuBjQ4Mf6UD9ABXwAlUB46jrQ0JbPRq7AIr4CD8ao3KK8zb\n"
                         "8GMG+CkNgnp63eZ7zAe2FHHry0q7kMV7Uz4ICbtTZ/x+2P5QxyuxH9unOwleZWAD\n"
                         "G8Np/0pgwQBtouydzzlY9AhybE+9Qg/FUPZ62uz978tyPYd8/OQdWnOPLwwL5Sib\n"
                         "Q8efz5MGreEwCoaX/LTjVeGF2zfbPSXPrYZfsAfqy8FattKSfU/yt2veBr7ErVqf\n"
                         "4+4h1SiKkNUzOIb7cBzTArajzpjBn+HhDy0/WgplkQKBgQDy+vGxm1tDDMGp75md\n"
                         "cR5NEJ9XGGGheBa0MVewQslNE4Z11bvv8fh8eP8Q+rvhLWMT5kJeI8WIY6ZSZEJT\n"
                         "4f0F6qj7w/TUlbd+d/F+5LxHJZUs5wbODK58mWHxoU0kcz0biYNcmjHcNZO+5uzr\n"
                         "p+eycEizFsvm/RHR1gPvhlgOFwKBgQDB0F53P/LyTTa90+9z6+hPrMD80l68nY8G\n"
                         "m62szByhILfrNiWBzuk0+lMT66fb28+lhd6V1Lr70udWs0LhZWJeeKBgp6Bt4MTM\n"
                         "S8zSf/7a5bM1fDT+ZiXoAUQO1yo3uO6K5Plsfbuf6xTX44y4pXvd4OzApZ5Ya1aQ\n"
                         "fdDuom5X0QKBgQCxHbNon7JaocXZtcnoNji8PE2qEx+3r+3806rz1PsfsAfnhTFF\n"
                         "qsBTG2/yVJL3hTofm0ztim3HCbyHeoXO14C0+2TKgQDKpYfoLE5hDSMhSYf//ze6\n"
                         "owvdz4DRvZ6Z31a/5/FVYyDNQFC+a15wOShvreGQiiF/8yE2MCcWRnuRaQKBgGCD\n"
                         "HXdujdFg5+CReA0WrYF3ekarj2eHYiCdR1fj8GHARDXJqdXBLlomSVaDI/yUsgsv\n"
                         "5Y5g95fNB0wiSiypatm2Yc6fyoDMy9Mb7+vmtwdUGPCKYG1KepfUgYqOVMSYv5jE\n"
                         "uvvuhI725lM3Sezs4wizJ9Iq5vYKxXmAXZlno2DxAoGAcuY6EFRtzZDwgpx/BXAk\n"
                         "VaUbOJb9gTRiiSBM1msneU3E4JvSHMzU/Vu/3addPtSrkT7JOf+sfZrg5caPV6N3\n"
                         "qZHpQz17AVgh3jaHbt1BW6h4zfTjNJ+0c0cAQgiWJ3WbcyOU764JrW3rVH7jLx9i\n"
                         "S39a4T22iJJP102aeykSd6E=\n"
                         "-----END PRIVATE KEY-----\n");

Status failure(const QString& what)
{
    return fail(ErrorKind::CryptoFailure,
                QCoreApplication::translate(
                    "sb::SelfTest",
                    "Crypto self-test failed: %1. The OpenSSL library in use does not behave as "
                    "expected; SecretBench will not run with it.")
                    .arg(what));
}

Status checkPortManaged()
{
    auto cipher = PortManagedCipher::fromClientSecret(PortClientSecret);
    auto envelope = decodeEnvelopeText(PortEnvelope);
    if (!cipher || !envelope) {
        return failure(
            QCoreApplication::translate("sb::SelfTest", "the Port-managed known answer could not be set up"));
    }
    auto plaintext = cipher->decrypt(envelope->bytes);
    if (!plaintext || !plaintext->constantTimeEquals(PortPlaintext)) {
        return failure(QCoreApplication::translate(
            "sb::SelfTest", "AES-256-GCM with a 16-byte IV did not give the known answer"));
    }
    // The same key and IV must reproduce the envelope byte for byte.
    auto again = cipher->encryptWithIv(envelope->bytes.first(PortManagedCipher::IvSize), PortPlaintext);
    if (!again || *again != envelope->bytes) {
        return failure(QCoreApplication::translate(
            "sb::SelfTest", "AES-256-GCM encryption did not reproduce the known envelope"));
    }
    QByteArray tampered = envelope->bytes;
    tampered[PortManagedCipher::IvSize] = static_cast<char>(tampered[PortManagedCipher::IvSize] ^ 1);
    if (cipher->decrypt(tampered)) {
        return failure(
            QCoreApplication::translate("sb::SelfTest", "AES-256-GCM accepted an altered ciphertext"));
    }
    return {};
}

Status checkClientSide()
{
    auto key = RsaPrivateKey::fromPem(ClientSidePrivateKey);
    auto envelope = decodeEnvelopeText(ClientSideEnvelope);
    if (!key || !envelope) {
        return failure(
            QCoreApplication::translate("sb::SelfTest", "the client-side known answer could not be set up"));
    }
    ClientSideDecryptor decryptor(*key);
    auto plaintext = decryptor.decrypt(envelope->bytes);
    if (!plaintext || !plaintext->constantTimeEquals(ClientSidePlaintext)) {
        return failure(QCoreApplication::translate(
            "sb::SelfTest", "RSA-OAEP-SHA256 with AES-256-GCM (12-byte IV) did not give the known answer"));
    }
    QByteArray tampered = envelope->bytes;
    tampered[tampered.size() - 1] = static_cast<char>(tampered[tampered.size() - 1] ^ 0x80);
    if (decryptor.decrypt(tampered)) {
        return failure(QCoreApplication::translate("sb::SelfTest",
                                                   "the client-side decryption accepted an altered tag"));
    }
    return {};
}

} // namespace

Status run()
{
    if (auto ok = checkPortManaged(); !ok) {
        return ok;
    }
    return checkClientSide();
}

} // namespace sb::SelfTest
