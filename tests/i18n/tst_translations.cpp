#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every user-visible string in the sources has a finished Simplified Chinese translation with the
// same placeholders. The strings are extracted afresh with lupdate, so a new tr() that nobody
// added to the .ts fails here, not in front of a user.
class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated();

private:
    struct Message {
        QString source;
        QString translation;
        bool finished = false;
        bool plural = false;
    };
    // (context, source) -> message
    static QMap<std::pair<QString, QString>, Message> read(const QString &tsFile);
};

QMap<std::pair<QString, QString>, TestTranslations::Message> TestTranslations::read(const QString &tsFile)
{
    QMap<std::pair<QString, QString>, Message> messages;
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                current = Message();
                current.plural = xml.attributes().value(u"numerus") == u"yes";
            } else if (xml.name() == u"source") {
                current.source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                current.finished = xml.attributes().value(u"type").isEmpty();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.insert({ context, current.source }, current);
        }
    }
    return messages;
}

void TestTranslations::everyStringIsTranslated()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(GODUAL_SOURCE_DIR));
    lupdate.start(QStringLiteral(GODUAL_LUPDATE),
        { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("models"),
            QStringLiteral("installers"), QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-ts"), fresh });
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    const auto inSources = read(fresh);
    const auto committed = read(QStringLiteral(GODUAL_SOURCE_DIR "/resources/translations/godual_zh_CN.ts"));
    QVERIFY(inSources.size() > 100);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QStringList problems;
    for (auto it = inSources.cbegin(); it != inSources.cend(); ++it) {
        const auto found = committed.constFind(it.key());
        if (found == committed.cend() || !found->finished || found->translation.isEmpty()) {
            problems.append(
                it.key().first + QStringLiteral(": '") + it.key().second + QStringLiteral("' is not translated"));
            continue;
        }
        if (found->plural)
            continue;
        QStringList want;
        QStringList got;
        for (auto m = placeholder.globalMatch(found->source); m.hasNext();)
            want.append(m.next().captured());
        for (auto m = placeholder.globalMatch(found->translation); m.hasNext();)
            got.append(m.next().captured());
        want.sort();
        got.sort();
        if (want != got)
            problems.append(
                it.key().first + QStringLiteral(": '") + it.key().second + QStringLiteral("' has other placeholders"));
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(problems.join(u'\n') + QStringLiteral("\n(run the update_translations target and translate)")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
