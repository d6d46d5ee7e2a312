// Renders the application icon's SVG into PNGs at build time, so that no binary image is kept in
// the source tree:
//
//     rendericons SVG OUTDIR [--ico FILE] SIZE...
//
// writes OUTDIR/SIZE/NAME.png for each SIZE (NAME being the SVG's base name: the hicolor sizes)
// and, with --ico, a Windows .ico holding every size as a PNG entry (Windows Vista and later read
// those), for the executable's resource and the installer. Exits non-zero, saying why, if the SVG
// or a file fails.
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

#include <utility>
#include <vector>

namespace {

QImage render(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray pngData(const QImage &image)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void appendLE16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void appendLE32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

// ICONDIR, then one ICONDIRENTRY per image, then the PNG data of each.
QByteArray icoData(const std::vector<std::pair<int, QByteArray>> &images)
{
    QByteArray out;
    appendLE16(out, 0); // reserved
    appendLE16(out, 1); // type: icon
    appendLE16(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, png] : images) {
        out.append(char(size >= 256 ? 0 : size)); // width: 0 means 256
        out.append(char(size >= 256 ? 0 : size)); // height
        out.append(char(0));                      // no palette
        out.append(char(0));                      // reserved
        appendLE16(out, 1);                       // colour planes
        appendLE16(out, 32);                      // bits per pixel
        appendLE32(out, quint32(png.size()));
        appendLE32(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString icoPath;
    const qsizetype icoAt = arguments.indexOf(QStringLiteral("--ico"));
    if (icoAt >= 0 && icoAt + 1 < arguments.size()) {
        icoPath = arguments.at(icoAt + 1);
        arguments.remove(icoAt, 2);
    }
    if (arguments.size() < 3) {
        err << "usage: rendericons SVG OUTDIR [--ico FILE] SIZE...\n";
        return 1;
    }
    const QString svgPath = arguments.at(0);
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        err << "rendericons: " << svgPath << ": not a valid SVG\n";
        return 1;
    }
    const QString name = QFileInfo(svgPath).completeBaseName();
    const QDir outDir(arguments.at(1));
    std::vector<std::pair<int, QByteArray>> icoImages;
    for (const QString &sizeText : arguments.mid(2)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            err << "rendericons: bad size " << sizeText << '\n';
            return 1;
        }
        const QByteArray png = pngData(render(renderer, size));
        if (png.isEmpty()) {
            err << "rendericons: cannot encode a PNG of " << size << " px\n";
            return 1;
        }
        if (!outDir.mkpath(sizeText)) {
            err << "rendericons: cannot create " << outDir.filePath(sizeText) << '\n';
            return 1;
        }
        const QString pngPath = outDir.filePath(sizeText + QLatin1Char('/') + name +
                                                QStringLiteral(".png"));
        QString error;
        if (!writeFile(pngPath, png, &error)) {
            err << "rendericons: cannot write " << pngPath << ": " << error << '\n';
            return 1;
        }
        if (size <= 256)
            icoImages.emplace_back(size, png);
    }
    if (!icoPath.isEmpty()) {
        QString error;
        if (icoImages.empty() || !writeFile(icoPath, icoData(icoImages), &error)) {
            err << "rendericons: cannot write " << icoPath << ": " << error << '\n';
            return 1;
        }
    }
    return 0;
}
