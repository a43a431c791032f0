#include "scan/rcassignments.h"

#include <QTest>

using namespace GoDual;

class TestRcAssignments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestRcAssignments::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected"); // "VAR=value" per assignment

    QTest::newRow("export") << "export GOPATH=$HOME/go" << QStringList { QStringLiteral("GOPATH=$HOME/go") };
    QTest::newRow("quoted") << "export PATH=\"$PATH:/usr/local/go/bin\""
                            << QStringList { QStringLiteral("PATH=$PATH:/usr/local/go/bin") };
    QTest::newRow("single quoted") << "GOROOT='/opt/go'" << QStringList { QStringLiteral("GOROOT=/opt/go") };
    QTest::newRow("two on one line") << "export GOROOT=/usr/local/go GOPATH=/srv/go"
                                     << QStringList { QStringLiteral("GOROOT=/usr/local/go"),
                                            QStringLiteral("GOPATH=/srv/go") };
    QTest::newRow("after a test") << "[ -d \"$HOME/bin\" ] && PATH=\"$HOME/bin:$PATH\""
                                  << QStringList { QStringLiteral("PATH=$HOME/bin:$PATH") };
    QTest::newRow("declare -x") << "declare -x GOFLAGS=-mod=mod" << QStringList { QStringLiteral("GOFLAGS=-mod=mod") };
    QTest::newRow("fish set -gx") << "set -gx GOPATH $HOME/go" << QStringList { QStringLiteral("GOPATH=$HOME/go") };
    QTest::newRow("fish PATH list") << "set -x PATH /usr/local/go/bin $PATH"
                                    << QStringList { QStringLiteral("PATH=/usr/local/go/bin:$PATH") };
    QTest::newRow("fish local set") << "set GOPATH /tmp" << QStringList();
    QTest::newRow("fish_add_path") << "fish_add_path /usr/local/go/bin"
                                   << QStringList { QStringLiteral("PATH=/usr/local/go/bin") };
    QTest::newRow("comment") << "# export GOPATH=/old" << QStringList();
    QTest::newRow("untracked variable") << "export LIBRARY_PATH=/x" << QStringList();
    QTest::newRow("reads only") << "if [ -n \"$GOPATH\" ]; then" << QStringList();
    QTest::newRow("append") << "PATH+=:/usr/local/go/bin" << QStringList { QStringLiteral("PATH=:/usr/local/go/bin") };
}

void TestRcAssignments::parse()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    const QList<RcAssignment> got = RcAssignments::parse(QStringLiteral("/home/dev/.bashrc"), 7, line);
    QStringList actual;
    for (const RcAssignment &a : got) {
        actual.append(a.variable + u'=' + a.value);
        QCOMPARE(a.file, QStringLiteral("/home/dev/.bashrc"));
        QCOMPARE(a.line, 7);
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestRcAssignments)
#include "tst_rcassignments.moc"
