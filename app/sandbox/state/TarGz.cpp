// SPDX-License-Identifier: GPL-3.0-or-later
#include "TarGz.h"

#include <zlib.h>

#include <cstring>

namespace td::sandbox::targz {

namespace {

constexpr int kBlock = 512;
constexpr qint64 kNpmMtime = 499162500; // 1985-10-26T08:15:00Z, what npm pack writes

void putOctal(char *field, int width, qint64 value)
{
    // width-1 octal digits and a NUL, as ustar wants.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

QByteArray header(const QString &path, qint64 size)
{
    QByteArray block(kBlock, '\0');
    char *h = block.data();
    QByteArray name = path.toUtf8();
    if (name.size() > 100) {
        // ustar splits long names at a '/' into prefix (155 bytes) and name (100 bytes).
        for (qsizetype cut = name.indexOf('/'); cut > 0; cut = name.indexOf('/', cut + 1)) {
            if (cut <= 155 && name.size() - cut - 1 <= 100) {
                std::memcpy(h + 345, name.constData(), size_t(cut));
                name = name.mid(cut + 1);
                break;
            }
        }
        name.truncate(100);
    }
    std::memcpy(h, name.constData(), size_t(name.size()));
    putOctal(h + 100, 8, 0644);
    putOctal(h + 108, 8, 0);
    putOctal(h + 116, 8, 0);
    putOctal(h + 124, 12, size);
    putOctal(h + 136, 12, kNpmMtime);
    std::memset(h + 148, ' ', 8); // the checksum is computed with its own field as spaces
    h[156] = '0';
    std::memcpy(h + 257,
                "ustar\0"
                "00",
                8);
    unsigned sum = 0;
    for (int i = 0; i < kBlock; ++i)
        sum += static_cast<unsigned char>(h[i]);
    putOctal(h + 148, 7, sum);
    h[155] = ' ';
    return block;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream zs{};
    // 15 + 16: a gzip wrapper instead of zlib's.
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&zs, uLong(data.size()))) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace

QByteArray build(const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray tar;
    for (const auto &[path, contents] : files) {
        tar += header(path, contents.size());
        tar += contents;
        const qsizetype pad = (kBlock - contents.size() % kBlock) % kBlock;
        tar += QByteArray(pad, '\0');
    }
    tar += QByteArray(2 * kBlock, '\0'); // end of archive
    return gzip(tar);
}

} // namespace td::sandbox::targz
