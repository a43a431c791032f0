#include "cli/snapshotjson.h"
#include "cli/textreport.h"
#include "diagnosis/diagnosis.h"
#include "modeldump.h"
#include "samplemachine.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace GoDual;

namespace {

// A validator for the subset of JSON Schema that tests/data/cli/diagnose-schema-1.json uses.
// Each violation is "<where>: <what>", `where` a JSON pointer, so a failure names the field.
class SchemaCheck {
public:
    explicit SchemaCheck(const QJsonObject &root)
        : m_root(root)
    {
    }

    QStringList violations(const QJsonValue &value) const
    {
        QStringList out;
        check(value, m_root, QStringLiteral(""), out);
        return out;
    }

private:
    static bool hasType(const QJsonValue &v, const QString &type)
    {
        if (type == u"object")
            return v.isObject();
        if (type == u"array")
            return v.isArray();
        if (type == u"string")
            return v.isString();
        if (type == u"boolean")
            return v.isBool();
        if (type == u"null")
            return v.isNull();
        if (type == u"number")
            return v.isDouble();
        if (type == u"integer")
            return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
        return false;
    }

    QJsonObject resolve(const QJsonObject &schema) const
    {
        const QString ref = schema.value(QStringLiteral("$ref")).toString();
        if (ref.isEmpty())
            return schema;
        const QString prefix = QStringLiteral("#/$defs/");
        // An unknown $ref resolves to an empty object and is caught by the caller's test.
        return m_root.value(QStringLiteral("$defs")).toObject().value(ref.mid(prefix.size())).toObject();
    }

    void check(const QJsonValue &value, const QJsonObject &raw, const QString &where, QStringList &out) const
    {
        const QJsonObject schema = resolve(raw);
        if (schema.isEmpty() && raw.contains(QStringLiteral("$ref"))) {
            out.append(where + QStringLiteral(": unresolved $ref ") + raw.value(QStringLiteral("$ref")).toString());
            return;
        }
        const QString at = where.isEmpty() ? QStringLiteral("/") : where;
        if (schema.contains(QStringLiteral("type"))) {
            const QJsonValue t = schema.value(QStringLiteral("type"));
            QStringList types;
            if (t.isArray()) {
                for (const QJsonValue &e : t.toArray())
                    types.append(e.toString());
            } else {
                types.append(t.toString());
            }
            if (std::none_of(types.cbegin(), types.cend(), [&](const QString &type) { return hasType(value, type); })) {
                out.append(at + QStringLiteral(": not of type ") + types.join(u'|'));
                return;
            }
        }
        if (schema.contains(QStringLiteral("const")) && value != schema.value(QStringLiteral("const")))
            out.append(at + QStringLiteral(": not ")
                + QString::fromUtf8(QJsonDocument(QJsonArray { schema.value(QStringLiteral("const")) })
                        .toJson(QJsonDocument::Compact)));
        if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(value))
            out.append(at + QStringLiteral(": not one of the allowed values"));
        if (value.isString()) {
            const QString s = value.toString();
            if (schema.contains(QStringLiteral("minLength"))
                && s.size() < schema.value(QStringLiteral("minLength")).toInteger())
                out.append(at + QStringLiteral(": too short"));
            if (schema.contains(QStringLiteral("pattern"))) {
                const QRegularExpression re(schema.value(QStringLiteral("pattern")).toString());
                if (!re.isValid())
                    out.append(at + QStringLiteral(": invalid pattern in the schema"));
                else if (!re.match(s).hasMatch())
                    out.append(at + QStringLiteral(": \"%1\" does not match %2").arg(s, re.pattern()));
            }
        }
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
                if (!o.contains(name.toString()))
                    out.append(at + QStringLiteral(": missing \"%1\"").arg(name.toString()));
            }
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                const QString child = where + u'/' + it.key();
                if (properties.contains(it.key()))
                    check(it.value(), properties.value(it.key()).toObject(), child, out);
                else if (additional.isObject())
                    check(it.value(), additional.toObject(), child, out);
            }
        }
        if (value.isArray() && schema.contains(QStringLiteral("items"))) {
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                check(
                    a.at(i), schema.value(QStringLiteral("items")).toObject(), where + u'/' + QString::number(i), out);
        }
        for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray()) {
            const QJsonObject p = part.toObject();
            if (p.contains(QStringLiteral("if"))) {
                QStringList condition;
                check(value, p.value(QStringLiteral("if")).toObject(), where, condition);
                if (condition.isEmpty())
                    check(value, p.value(QStringLiteral("then")).toObject(), where, out);
            } else {
                check(value, p, where, out);
            }
        }
    }

    QJsonObject m_root;
};

QJsonObject jsonFixture(const QString &relativePath)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(TestData::fixture(relativePath), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(relativePath), qPrintable(error.errorString()));
    return doc.object();
}

const SchemaCheck &schema()
{
    static const SchemaCheck check(jsonFixture(QStringLiteral("cli/diagnose-schema-1.json")));
    return check;
}

// The contract's own example of the document (copied from the contract's text).
QJsonObject contractExample() { return jsonFixture(QStringLiteral("cli/diagnose-contract-example.json")); }

// value at a path of keys and indexes, set through copies (QJsonObject has no deep references).
QJsonValue replaced(const QJsonValue &in, const QStringList &path, const std::function<QJsonValue(QJsonValue)> &change)
{
    if (path.isEmpty())
        return change(in);
    if (in.isArray()) {
        QJsonArray a = in.toArray();
        const int i = path.first().toInt();
        a[i] = replaced(a.at(i), path.mid(1), change);
        return a;
    }
    QJsonObject o = in.toObject();
    o[path.first()] = replaced(o.value(path.first()), path.mid(1), change);
    return o;
}

QJsonValue removed(const QJsonValue &in, const QStringList &path)
{
    const QString last = path.last();
    return replaced(in, path.mid(0, path.size() - 1), [&](QJsonValue v) {
        QJsonObject o = v.toObject();
        o.remove(last);
        return QJsonValue(o);
    });
}

Snapshot localOnly()
{
    Side local;
    local.id = SideId::local();
    local.name = QStringLiteral("local");
    local.scanned = true;
    local.installs = { { QStringLiteral("go1.24.4"), QStringLiteral("/usr/lib/go-1.24"), {}, QStringLiteral("package"),
        QStringLiteral("elf") } };
    local.active = ActiveGo { QStringLiteral("/usr/bin/go"), QStringLiteral("go1.24.4"),
        QStringLiteral("/usr/lib/go-1.24"), QStringLiteral("elf") };
    local.env.insert(QStringLiteral("GOPATH"), { QStringLiteral("/home/dev/go"), Origin::defaultValue(), {} });
    Snapshot s;
    s.sides = { local };
    return s;
}

// A distro whose scan did not finish: nothing read but what wsl.exe said about it.
Snapshot unreadDistro()
{
    Side stuck;
    stuck.id = SideId::wsl(QStringLiteral("Stuck"));
    stuck.name = QStringLiteral("Stuck");
    stuck.wslVersion = 2;
    stuck.scanError = QStringLiteral("the probe did not finish within 3 s");
    Snapshot s;
    s.sides = { stuck };
    return s;
}

} // namespace

// SnapshotJson against the contract's `diagnose --json` shape, and TextReport against goldens.
class TestReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void schemaAcceptsTheContractExample();
    void schemaRejects_data();
    void schemaRejects();
    void documentFollowsTheContract_data();
    void documentFollowsTheContract();
    void textReport_data();
    void textReport();
};

// The schema is a reading of the contract: its own example must pass it.
void TestReports::schemaAcceptsTheContractExample()
{
    const QStringList v = schema().violations(contractExample());
    QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n')));
}

// Each row breaks the contract's example in one way the contract forbids; the schema must name
// the field, so a schema (or validator) that accepts everything cannot pass.
void TestReports::schemaRejects_data()
{
    QTest::addColumn<QJsonValue>("document");
    QTest::addColumn<QString>("where");
    const QJsonObject ex = contractExample();
    const auto set = [&](const QStringList &path, const QJsonValue &to) {
        return replaced(ex, path, [&](QJsonValue) { return to; });
    };
    const QString s = QStringLiteral("sides");
    const QString f = QStringLiteral("findings");
    QTest::newRow("no schema") << removed(ex, { QStringLiteral("schema") }) << QStringLiteral("/: missing \"schema\"");
    QTest::newRow("schema 2") << set({ QStringLiteral("schema") }, 2) << QStringLiteral("/schema");
    QTest::newRow("sides an object") << set({ s }, QJsonObject()) << QStringLiteral("/sides");
    QTest::newRow("side without id") << removed(ex, { s, QStringLiteral("0"), QStringLiteral("id") })
                                     << QStringLiteral("/sides/0: missing \"id\"");
    QTest::newRow("unknown kind") << set({ s, QStringLiteral("0"), QStringLiteral("kind") }, QStringLiteral("linux"))
                                  << QStringLiteral("/sides/0/kind");
    QTest::newRow("wsl id on windows") << set({ s, QStringLiteral("0"), QStringLiteral("id") }, QStringLiteral("wsl:X"))
                                       << QStringLiteral("/sides/0/id");
    QTest::newRow("bare distro id") << set({ s, QStringLiteral("1"), QStringLiteral("id") }, QStringLiteral("Ubuntu"))
                                    << QStringLiteral("/sides/1/id");
    QTest::newRow("wsl side without state") << removed(ex, { s, QStringLiteral("1"), QStringLiteral("state") })
                                            << QStringLiteral("/sides/1: missing \"state\"");
    QTest::newRow("wslVersion 3") << set({ s, QStringLiteral("1"), QStringLiteral("wslVersion") }, 3)
                                  << QStringLiteral("/sides/1/wslVersion");
    QTest::newRow("interop as text") << set(
        { s, QStringLiteral("1"), QStringLiteral("interop"), QStringLiteral("enabled") }, QStringLiteral("yes"))
                                     << QStringLiteral("/sides/1/interop/enabled");
    QTest::newRow("install without goroot") << removed(
        ex, { s, QStringLiteral("0"), QStringLiteral("installs"), QStringLiteral("0"), QStringLiteral("goroot") })
                                            << QStringLiteral("/sides/0/installs/0: missing \"goroot\"");
    QTest::newRow("version without go") << set(
        { s, QStringLiteral("0"), QStringLiteral("installs"), QStringLiteral("0"), QStringLiteral("version") },
        QStringLiteral("1.22.6")) << QStringLiteral("/sides/0/installs/0/version");
    QTest::newRow("active missing") << removed(ex, { s, QStringLiteral("1"), QStringLiteral("active") })
                                    << QStringLiteral("/sides/1: missing \"active\"");
    QTest::newRow("active a path") << set({ s, QStringLiteral("0"), QStringLiteral("active") },
        QStringLiteral("go.exe")) << QStringLiteral("/sides/0/active");
    QTest::newRow("PATH one value") << set({ s, QStringLiteral("0"), QStringLiteral("env"), QStringLiteral("PATH") },
        QJsonObject { { QStringLiteral("value"), QStringLiteral("C:\\Go\\bin") },
            { QStringLiteral("origin"), QStringLiteral("default") } })
                                    << QStringLiteral("/sides/0/env/PATH");
    QTest::newRow("GOROOT a string") << set({ s, QStringLiteral("0"), QStringLiteral("env"), QStringLiteral("GOROOT") },
        QStringLiteral("C:\\Go")) << QStringLiteral("/sides/0/env/GOROOT");
    QTest::newRow("origin empty") << set(
        { s, QStringLiteral("0"), QStringLiteral("env"), QStringLiteral("GOPATH"), QStringLiteral("origin") },
        QString()) << QStringLiteral("/sides/0/env/GOPATH/origin");
    QTest::newRow("fatal severity") << set({ f, QStringLiteral("0"), QStringLiteral("severity") },
        QStringLiteral("fatal")) << QStringLiteral("/findings/0/severity");
    QTest::newRow("id not kebab-case") << set({ f, QStringLiteral("0"), QStringLiteral("id") },
        QStringLiteral("WindowsGo")) << QStringLiteral("/findings/0/id");
    QTest::newRow("evidence one text") << set({ f, QStringLiteral("0"), QStringLiteral("evidence") },
        QStringLiteral("...")) << QStringLiteral("/findings/0/evidence");
    QTest::newRow("finding without side") << removed(ex, { f, QStringLiteral("0"), QStringLiteral("side") })
                                          << QStringLiteral("/findings/0: missing \"side\"");
    QTest::newRow("fixable as text") << set({ f, QStringLiteral("0"), QStringLiteral("fixable") },
        QStringLiteral("true")) << QStringLiteral("/findings/0/fixable");
}

void TestReports::schemaRejects()
{
    QFETCH(QJsonValue, document);
    QFETCH(QString, where);
    const QStringList v = schema().violations(document);
    QVERIFY2(std::any_of(v.cbegin(), v.cend(), [&](const QString &e) { return e.startsWith(where); }),
        qPrintable(QStringLiteral("expected a violation at %1, got: %2").arg(where, v.join(QStringLiteral("; ")))));
}

void TestReports::documentFollowsTheContract_data()
{
    QTest::addColumn<Snapshot>("snapshot");
    QTest::newRow("windows and two distros") << Test::sampleMachine();
    QTest::newRow("local only") << localOnly();
    QTest::newRow("unread distro") << unreadDistro();
}

void TestReports::documentFollowsTheContract()
{
    QFETCH(Snapshot, snapshot);
    const QList<Finding> findings = Diagnosis::run(snapshot);
    // Through text and back, as a script reads it.
    const QJsonDocument text
        = QJsonDocument::fromJson(QJsonDocument(SnapshotJson::document(snapshot, findings)).toJson());
    QVERIFY(text.isObject());
    const QJsonObject doc = text.object();
    const QStringList v = schema().violations(doc);
    QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n')));

    // What the schema cannot say: one entry per side, in the scan's order, a distro named as in
    // its id, and every finding about one of those sides.
    const QJsonArray sides = doc.value(QStringLiteral("sides")).toArray();
    QCOMPARE(sides.size(), snapshot.sides.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < sides.size(); ++i) {
        const QJsonObject side = sides.at(i).toObject();
        const QString id = side.value(QStringLiteral("id")).toString();
        QCOMPARE(id, snapshot.sides.at(i).id.toString());
        if (id.startsWith(QLatin1StringView("wsl:")))
            QCOMPARE(QStringLiteral("wsl:") + side.value(QStringLiteral("name")).toString(), id);
        ids.insert(id);
    }
    const QJsonArray list = doc.value(QStringLiteral("findings")).toArray();
    QCOMPARE(list.size(), findings.size());
    for (const QJsonValue &f : list) {
        const QString side = f.toObject().value(QStringLiteral("side")).toString();
        QVERIFY2(ids.contains(side), qPrintable(side));
    }
}

void TestReports::textReport_data()
{
    QTest::addColumn<Snapshot>("snapshot");
    QTest::addColumn<bool>("colour");
    QTest::addColumn<QString>("golden");
    QTest::newRow("windows and two distros")
        << Test::sampleMachine() << false << QStringLiteral("cli/report-sample.txt");
    QTest::newRow("colour") << Test::sampleMachine() << true << QStringLiteral("cli/report-sample-colour.txt");
    QTest::newRow("local only") << localOnly() << false << QStringLiteral("cli/report-local.txt");
    QTest::newRow("unread distro") << unreadDistro() << false << QStringLiteral("cli/report-unread.txt");
}

// What `godual diagnose` prints for a terminal, compared with a reviewed golden; goldens change
// only through tools/dev update-goldens.
void TestReports::textReport()
{
    QFETCH(Snapshot, snapshot);
    QFETCH(bool, colour);
    QFETCH(QString, golden);
    QString text;
    QTextStream out(&text);
    TextReport::writeSides(out, snapshot, colour);
    TextReport::writeFindings(out, Diagnosis::run(snapshot), colour);
    out.flush();
    QVERIFY(!text.isEmpty());
    QCOMPARE(text.contains(QStringLiteral("\x1b[")), colour);
    const QString diff = ModelDump::compareWithGolden(text, golden);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

GODUAL_GOLDEN_TEST_MAIN(TestReports)

#include "tst_reports.moc"
