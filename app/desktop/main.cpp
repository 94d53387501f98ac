// quita: the agent's desktop.
#include "DesktopStartup.h"
#include "MainWindow.h"
#include "Translations.h"
#include "WorkQueueView.h"
#include "item/SyncController.h"
#include "item/WorkQueueModel.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTableView>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <tuple>

using namespace quita;

namespace {

struct Options
{
    QCommandLineOption dataDir{
        QStringLiteral("data-dir"),
        QStringLiteral("Keep the local store in <dir> (default: the user's data folder)."),
        QStringLiteral("dir")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QStringLiteral("Fill an empty local store with the demo portfolio.")};
    QCommandLineOption demoSize{QStringLiteral("demo-size"),
                                QStringLiteral("Number of demo debtors (default 3000)."),
                                QStringLiteral("n"), QStringLiteral("3000")};
    QCommandLineOption language{
        QStringLiteral("language"),
        QStringLiteral("Interface language: pt_BR, es or en (default: settings, then system)."),
        QStringLiteral("code")};
    QCommandLineOption settingsFile{
        QStringLiteral("settings"),
        QStringLiteral("Read and write settings in the INI file <file>."), QStringLiteral("file")};
    QCommandLineOption server{
        QStringLiteral("server"),
        QStringLiteral("Sync with the Quita server at <url> (default: the server/url setting, "
                       "which an administrator may preset in /etc/xdg/Quita/Quita.conf)."),
        QStringLiteral("url")};
    QCommandLineOption user{
        QStringLiteral("user"),
        QStringLiteral("Sign in as <name>; the password is read from the QUITA_PASSWORD "
                       "environment variable, or asked for."),
        QStringLiteral("name")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window to <file> once it is shown, then quit."),
        QStringLiteral("file")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("Quita: workstation for debt-collection agents."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(
            {dataDir, demo, demoSize, language, settingsFile, server, user, screenshot});
    }
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Quita"));
    QCoreApplication::setApplicationName(QStringLiteral("Quita"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUITA_VERSION));
}

// --help and --version answer without a display (an admin on a server reads them).
bool wantsOnlyText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const Options options;
    if (wantsOnlyText(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(core); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("io.github.quita.Quita"));
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    const auto &[dataDir, demo, demoSize, language, settingsFile, server, user, screenshot] =
        std::tie(options.dataDir, options.demo, options.demoSize, options.language,
                 options.settingsFile, options.server, options.user, options.screenshot);

    std::unique_ptr<Settings> settings =
        parser.isSet(settingsFile) ? std::make_unique<Settings>(parser.value(settingsFile))
                                   : std::make_unique<Settings>();
    installTranslations(app,
                        parser.isSet(language) ? parser.value(language) : settings->language());

    const QString directory =
        parser.isSet(dataDir) ? parser.value(dataDir) : settings->dataDirectory();
    if (!QDir().mkpath(directory)) {
        const QString message =
            QApplication::translate("main", "Cannot create the data folder %1.").arg(directory);
        std::fprintf(stderr, "quita: %s\n", qPrintable(message));
        if (!parser.isSet(screenshot))
            QMessageBox::critical(nullptr, QStringLiteral("Quita"), message);
        return 2;
    }
    const QString serverUrl = parser.isSet(server)
                                  ? parser.value(server).trimmed()
                                  : settings->value(Settings::Key::ServerUrl).toString().trimmed();
    if (!serverUrl.isEmpty()) {
        const QUrl url(serverUrl);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            std::fprintf(stderr, "quita: --server: give http(s)://host[:port], not %s\n",
                         qPrintable(serverUrl));
            return 2;
        }
        settings->setValue(Settings::Key::ServerUrl, serverUrl);
    }
    const QString storePath = QDir(directory).filePath(QStringLiteral("quita.sqlite"));
    auto opened = Database::open(storePath);
    if (!opened) {
        std::fprintf(stderr, "quita: %s\n", qPrintable(opened.error().message));
        if (!parser.isSet(screenshot))
            QMessageBox::critical(nullptr, QStringLiteral("Quita"), opened.error().message);
        return 2;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    SystemClock clock;

    if (parser.isSet(demo) && serverUrl.isEmpty()) {
        // Without a server the demo portfolio is made here. The demo portfolio's activities are
        // signed by its agents; sit at ana's desk unless this desk already has an agent.
        if (settings->value(Settings::Key::AgentName) ==
            Settings::defaultValue(Settings::Key::AgentName))
            settings->setValue(Settings::Key::AgentName, QStringLiteral("ana"));
        bool sizeOk = false;
        const int size = parser.value(demoSize).toInt(&sizeOk);
        if (!sizeOk || size < 1 || size > 1'000'000) {
            std::fprintf(stderr,
                         "quita: --demo-size: give a number of debtors between 1 and 1000000\n");
            return 2;
        }
        QProgressDialog progress(QApplication::translate("main", "Preparing the demo portfolio…"),
                                 QString(), 0, size);
        progress.setWindowTitle(QStringLiteral("Quita"));
        progress.setMinimumDuration(500);
        const Status seeded =
            seedDemoIfEmpty(*database, {size, 20261123}, clock, [&](int done, int total) {
                if (done % 100 == 0 || done == total) {
                    progress.setValue(done);
                    QCoreApplication::processEvents();
                }
            });
        if (!seeded) {
            std::fprintf(stderr, "quita: %s\n", qPrintable(seeded.error().message));
            return 2;
        }
    }

    // With a server, the sync engine works on the same store from a thread of its own.
    std::unique_ptr<SyncController> sync;
    if (!serverUrl.isEmpty()) {
        sync = std::make_unique<SyncController>(storePath);
        sync->setServer(QUrl(serverUrl));
    }
    MainWindow window(*database, clock, *settings, sync.get());
    window.resize(1440, 900);
    window.show();
    window.queueView()->selectNext(1); // start the day at the top of the queue

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto shoot = [&window, file] {
            QTimer::singleShot(800, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "cannot save",
                             qPrintable(file));
                QApplication::exit(saved ? 0 : 1);
            });
        };
        if (sync) // after the first sync, so the picture shows the synced desk
            QObject::connect(sync.get(), &SyncController::syncFinished, &window, shoot,
                             Qt::SingleShotConnection);
        else
            shoot();
    }
    if (sync) {
        const QString name = parser.value(user).trimmed().toLower();
        const QString password = qEnvironmentVariable("QUITA_PASSWORD");
        QTimer::singleShot(0, &window, [&window, name, password] {
            window.showLogin(name, name.isEmpty() ? QString() : password);
        });
    }
    return QApplication::exec();
}
