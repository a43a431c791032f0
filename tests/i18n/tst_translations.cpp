#include <QDirIterator>
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
    void contextsMatchWhatTheCodeLooksUp();

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

void TestTranslations::contextsMatchWhatTheCodeLooksUp()
{
    // lupdate files a tr() call under the class or namespace it appears in; at run time the text
    // is looked up under the context the code names. A helper tr() called from another scope
    // splits the two and the translation silently never shows. So every context in the .ts must
    // be one the code uses: a QCoreApplication::translate("...") literal, a
    // Q_DECLARE_TR_FUNCTIONS(...) argument, or a Q_OBJECT class (all of them in namespace GoDual).
    QSet<QString> lookedUp;
    // No raw strings and no macro names spelled whole in this file: moc reads it too.
    static const QRegularExpression literal(QStringLiteral("translate\\(\\s*\"([^\"]+)\""));
    static const QRegularExpression declared(
        QStringLiteral("Q_DECLARE_TR_") + QStringLiteral("FUNCTIONS\\(\\s*([\\w:]+)\\s*\\)"));
    static const QRegularExpression qobject(
        QStringLiteral("class\\s+(\\w+)[^;{]*\\{\\s*Q_OB") + QStringLiteral("JECT"));
    for (const char *dir : { "models", "installers", "app", "ui" }) {
        QDirIterator it(QStringLiteral(GODUAL_SOURCE_DIR "/") + QLatin1StringView(dir),
            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = literal.globalMatch(text); m.hasNext();)
                lookedUp.insert(m.next().captured(1));
            for (auto m = declared.globalMatch(text); m.hasNext();)
                lookedUp.insert(m.next().captured(1));
            for (auto m = qobject.globalMatch(text); m.hasNext();)
                lookedUp.insert(QStringLiteral("GoDual::") + m.next().captured(1));
        }
    }
    const auto committed = read(QStringLiteral(GODUAL_SOURCE_DIR "/resources/translations/godual_zh_CN.ts"));
    QStringList orphans;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        if (!lookedUp.contains(it.key().first) && !orphans.contains(it.key().first))
            orphans.append(it.key().first);
    }
    QVERIFY2(orphans.isEmpty(),
        qPrintable(QStringLiteral("contexts no code looks up: ") + orphans.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
