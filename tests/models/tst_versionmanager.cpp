// VersionManager: goenv's and asdf's global files, read as each manager reads them and written as
// their global commands write them.

#include "edit/misetoolsedit.h"
#include "versionmanager.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

class TestVersionManager : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void asdfReadsToolVersions_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("versions");
        QTest::newRow("one line") << QByteArray("golang 1.22.6\n") << QStringList { u"1.22.6"_s };
        QTest::newRow("several versions, a comment") << QByteArray("nodejs 20\ngolang 1.22.6  1.21.13 # fallback\n")
                                                     << QStringList { u"1.22.6"_s, u"1.21.13"_s };
        QTest::newRow("CRLF, no final newline")
            << QByteArray("golang 1.22.6\r\npython 3") << QStringList { u"1.22.6"_s };
        QTest::newRow("commented out") << QByteArray("# golang 1.19.8\n") << QStringList();
        QTest::newRow("first line counts")
            << QByteArray("golang 1.20.1\ngolang 1.22.6\n") << QStringList { u"1.20.1"_s };
        QTest::newRow("another tool's name starts alike") << QByteArray("golangci-lint 1.59.0\n") << QStringList();
    }
    void asdfReadsToolVersions()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, versions);
        QCOMPARE(VersionManager::toolVersions(file, u"golang"_s), versions);
    }

    void globalFileChoosesTheVersion_data()
    {
        QTest::addColumn<QString>("manager");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("goenv: only the version")
            << u"goenv"_s << QByteArray("1.19.8\n# old\n") << QByteArray("1.22.6\n");
        QTest::newRow("asdf: the golang line, others kept")
            << u"asdf"_s << QByteArray("nodejs 20\ngolang 1.19.8 1.18.10 # work\npython 3.12\n")
            << QByteArray("nodejs 20\ngolang 1.22.6 # work\npython 3.12\n");
        QTest::newRow("asdf: CRLF kept") << u"asdf"_s << QByteArray("golang 1.19.8\r\nnodejs 20\r\n")
                                         << QByteArray("golang 1.22.6\r\nnodejs 20\r\n");
        QTest::newRow("asdf: no golang line, added after a last line without newline")
            << u"asdf"_s << QByteArray("nodejs 20") << QByteArray("nodejs 20\ngolang 1.22.6\n");
        QTest::newRow("asdf: a new file") << u"asdf"_s << QByteArray() << QByteArray("golang 1.22.6\n");
        // mise's config.toml as `mise use -g` leaves it, and as people write it.
        QTest::newRow("mise: the go entry, others and the comment kept")
            << u"mise"_s
            << QByteArray("[settings]\nexperimental = true\n\n[tools]\nnode = \"20\"\ngo = '1.19.8' # work\n")
            << QByteArray("[settings]\nexperimental = true\n\n[tools]\nnode = \"20\"\ngo = \"1.22.6\" # work\n");
        QTest::newRow("mise: quoted key, CRLF") << u"mise"_s << QByteArray("[tools]\r\n\"go\" = \"latest\"\r\n")
                                                << QByteArray("[tools]\r\n\"go\" = \"1.22.6\"\r\n");
        QTest::newRow("mise: no go entry: the top of [tools]")
            << u"mise"_s << QByteArray("[tools]\nnode = \"20\"\n[env]\ngo = \"not a tool\"\n")
            << QByteArray("[tools]\ngo = \"1.22.6\"\nnode = \"20\"\n[env]\ngo = \"not a tool\"\n");
        QTest::newRow("mise: [tools] ends the file without a newline")
            << u"mise"_s << QByteArray("[tools]") << QByteArray("[tools]\ngo = \"1.22.6\"");
        QTest::newRow("mise: no [tools]: added at the end")
            << u"mise"_s << QByteArray("[env]\nA = \"1\"")
            << QByteArray("[env]\nA = \"1\"\n\n[tools]\ngo = \"1.22.6\"\n");
        QTest::newRow("mise: a new file") << u"mise"_s << QByteArray() << QByteArray("[tools]\ngo = \"1.22.6\"\n");
    }
    void globalFileChoosesTheVersion()
    {
        QFETCH(QString, manager);
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, after);
        VersionManager m;
        m.name = manager;
        m.root = u"/home/dev/.m"_s;
        const auto written = m.withVersion(file, u"1.22.6"_s);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(*written, after);
        QCOMPARE(m.versionsIn(*written).value(0), u"1.22.6"_s);
    }

    // Shapes of the go entry GoDual does not rewrite: the error names the line; nothing is written.
    void miseEntriesLeftToTheUser_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("array") << QByteArray("[tools]\ngo = [\"1.22\", \"1.21\"]\n") << u"line 2 gives go a value"_s;
        QTest::newRow("inline table") << QByteArray("# x\n[tools]\ngo = { version = \"1.22\" }\n")
                                      << u"line 3 gives go a value"_s;
        QTest::newRow("sub-table") << QByteArray("[tools.go]\nversion = \"1.22\"\n")
                                   << u"line 1 is a [tools.go] table"_s;
        QTest::newRow("dotted key") << QByteArray("tools.go = \"1.22\"\n") << u"line 1 sets tools with a dotted key"_s;
    }
    void miseEntriesLeftToTheUser()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, error);
        const auto r = MiseToolsEdit::setGo(file, u"1.22.6"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(error), qPrintable(r.error()));
    }

    void miseReadsTheGoEntry_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("versions");
        QTest::newRow("string") << QByteArray("[tools]\ngo = \"1.22.6\"\n") << QStringList { u"1.22.6"_s };
        QTest::newRow("array: in order") << QByteArray("[tools]\ngo = ['1.22.6', \"1.21\"]\n")
                                         << QStringList { u"1.22.6"_s, u"1.21"_s };
        QTest::newRow("another table's go") << QByteArray("[env]\ngo = \"1\"\n") << QStringList();
    }
    void miseReadsTheGoEntry()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, versions);
        QCOMPARE(MiseToolsEdit::goVersions(file), versions);
    }

    void picksTheInstalledVersion_data()
    {
        QTest::addColumn<QString>("manager");
        QTest::addColumn<QStringList>("wanted");
        QTest::addColumn<QString>("picked");
        QTest::newRow("exact") << u"goenv"_s << QStringList { u"1.22.6"_s } << u"1.22.6"_s;
        QTest::newRow("asdf: the first installed")
            << u"asdf"_s << QStringList { u"1.23.0"_s, u"1.21.13"_s } << u"1.21.13"_s;
        QTest::newRow("goenv: no prefixes") << u"goenv"_s << QStringList { u"1.22"_s } << QString();
        QTest::newRow("mise: a prefix, the newest (by version, not text)")
            << u"mise"_s << QStringList { u"1.22"_s } << u"1.22.10"_s;
        QTest::newRow("mise: 1.2 is not 1.22") << u"mise"_s << QStringList { u"1.2"_s } << QString();
        QTest::newRow("mise: latest") << u"mise"_s << QStringList { u"latest"_s } << u"1.22.10"_s;
        QTest::newRow("none installed") << u"mise"_s << QStringList { u"1.24"_s } << QString();
    }
    void picksTheInstalledVersion()
    {
        QFETCH(QString, manager);
        QFETCH(QStringList, wanted);
        QFETCH(QString, picked);
        VersionManager m;
        m.name = manager;
        const QStringList installed { u"1.21.13"_s, u"1.22.6"_s, u"1.22.10"_s, u"1.9.1"_s };
        QCOMPARE(m.pick(wanted, installed), picked);
    }

    void installsAreTheManagers_data()
    {
        QTest::addColumn<QString>("manager");
        QTest::addColumn<QString>("goroot");
        QTest::addColumn<QString>("version"); // empty: not one of the manager's
        QTest::newRow("goenv") << u"goenv"_s << u"/home/dev/.m/versions/1.22.6"_s << u"1.22.6"_s;
        QTest::newRow("goenv, deeper") << u"goenv"_s << u"/home/dev/.m/versions/1.22.6/go"_s << QString();
        QTest::newRow("asdf") << u"asdf"_s << u"/home/dev/.m/installs/golang/1.22.6/go"_s << u"1.22.6"_s;
        QTest::newRow("asdf, the version folder") << u"asdf"_s << u"/home/dev/.m/installs/golang/1.22.6"_s << QString();
        QTest::newRow("asdf, no version") << u"asdf"_s << u"/home/dev/.m/installs/golang//go"_s << QString();
        QTest::newRow("mise") << u"mise"_s << u"/home/dev/.m/installs/go/1.22.6"_s << u"1.22.6"_s;
        QTest::newRow("gvm") << u"gvm"_s << u"/home/dev/.m/gos/go1.22.6"_s << u"go1.22.6"_s;
        QTest::newRow("gvm, deeper") << u"gvm"_s << u"/home/dev/.m/gos/go1.22.6/go"_s << QString();
        QTest::newRow("elsewhere") << u"asdf"_s << u"/usr/local/go"_s << QString();
    }
    void installsAreTheManagers()
    {
        QFETCH(QString, manager);
        QFETCH(QString, goroot);
        QFETCH(QString, version);
        VersionManager m;
        m.name = manager;
        m.root = u"/home/dev/.m"_s;
        QCOMPARE(m.versionOf(goroot), version);
        if (!version.isEmpty())
            QCOMPARE(m.versionRoot(version), goroot);
    }

    // The version a gvm environment file loads, as sourcing it sets gvm_go_name: the files
    // `gvm install` (scripts/install), `gvm alias create` and gvm's installer (system@global) write.
    void gvmReadsAnEnvironment_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("version");
        QTest::newRow("gvm install") << QByteArray("export GVM_ROOT; GVM_ROOT=\"/home/dev/.gvm\"\n"
                                                   "export gvm_go_name; gvm_go_name=\"go1.21.13\"\n"
                                                   "export gvm_pkgset_name; gvm_pkgset_name=\"global\"\n")
                                     << u"go1.21.13"_s;
        QTest::newRow("an alias: the version it names")
            << QByteArray("export gvm_go_name; gvm_go_name=\"go1.22.6\"\nexport gvm_alias_name=\"stable\"\n")
            << u"go1.22.6"_s;
        QTest::newRow("the installer's system environment, unquoted, CRLF")
            << QByteArray("# Automatically generated file. DO NOT EDIT!\r\nexport gvm_go_name; gvm_go_name=system\r\n")
            << u"system"_s;
        QTest::newRow("the last assignment counts")
            << QByteArray("gvm_go_name=\"go1.20\"\nexport gvm_go_name=\"go1.21\"\n") << u"go1.21"_s;
        QTest::newRow("a comment sets nothing") << QByteArray("# gvm_go_name=\"go1.19\"\n") << QString();
        QTest::newRow("another variable") << QByteArray("my_gvm_go_name=\"go1.19\"\n") << QString();
    }
    void gvmReadsAnEnvironment()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, version);
        QCOMPARE(VersionManager::environmentVersion(file), version);
    }

    // Whether the go a new terminal finds first is the manager's: a shim, or (mise's activate,
    // gvm) a version's own go.
    void runsAsTheManager_data()
    {
        QTest::addColumn<QString>("manager");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("runs");
        QTest::newRow("goenv's shim") << u"goenv"_s << u"/home/dev/.m/shims/go"_s << true;
        QTest::newRow("goenv's version") << u"goenv"_s << u"/home/dev/.m/versions/1.22.6/bin/go"_s << false;
        QTest::newRow("mise's version") << u"mise"_s << u"/home/dev/.m/installs/go/1.22.6/bin/go"_s << true;
        QTest::newRow("gvm's version") << u"gvm"_s << u"/home/dev/.m/gos/go1.22.6/bin/go"_s << true;
        QTest::newRow("gvm has no shims") << u"gvm"_s << u"/home/dev/.m/shims/go"_s << false;
        QTest::newRow("gvm, a package set's go") << u"gvm"_s << u"/home/dev/.m/gos/bin/go"_s << false;
    }
    void runsAsTheManager()
    {
        QFETCH(QString, manager);
        QFETCH(QString, path);
        QFETCH(bool, runs);
        VersionManager m;
        m.name = manager;
        m.root = u"/home/dev/.m"_s;
        QCOMPARE(m.runsAs(path), runs);
    }

    // gvm's global file becomes the chosen version's environment file, byte for byte; without
    // that file the error names it.
    void gvmCopiesTheEnvironment()
    {
        VersionManager m;
        m.name = u"gvm"_s;
        m.root = u"/home/dev/.gvm"_s;
        const QByteArray env = "export gvm_go_name; gvm_go_name=\"go1.22.6\"\r\n";
        m.versionFiles.insert(u"go1.22.6"_s, env);
        QVERIFY(m.canSelect(u"go1.22.6"_s));
        QVERIFY(!m.canSelect(u"go1.21.13"_s));
        const auto written = m.withVersion("export gvm_go_name; gvm_go_name=\"go1.19.8\"\n", u"go1.22.6"_s);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(*written, env);
        QCOMPARE(m.versionsIn(*written), QStringList { u"go1.22.6"_s });
        const auto missing = m.withVersion(QByteArray(), u"go1.21.13"_s);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(u"/home/dev/.gvm/environments/go1.21.13"_s), qPrintable(missing.error()));
    }
};

QTEST_GUILESS_MAIN(TestVersionManager)
#include "tst_versionmanager.moc"
