#include "teambookdialog.h"

#include "store/person.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

const QString kGroup = QStringLiteral("teamBook");
constexpr int kDefaultPort = 5432;

} // namespace

TeamBookDialog::TeamBookDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_encryption(new QComboBox(this))
{
    setWindowTitle(tr("Open Team Book"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(tr("the team book's database"));
    m_encryption->addItem(tr("When the server offers it"), QStringLiteral("prefer"));
    m_encryption->addItem(tr("Always"), QStringLiteral("require"));
    m_encryption->addItem(tr("Always, and check the server's certificate"),
                          QStringLiteral("verify-full"));

    QSettings settings;
    settings.beginGroup(kGroup);
    m_host->setText(settings.value(QStringLiteral("host"), QStringLiteral("localhost")).toString());
    m_port->setValue(settings.value(QStringLiteral("port"), kDefaultPort).toInt());
    m_database->setText(settings.value(QStringLiteral("database")).toString());
    m_user->setText(settings.value(QStringLiteral("user"), store::loginName()).toString());
    const int encryption = m_encryption->findData(
        settings.value(QStringLiteral("sslmode"), QStringLiteral("prefer")).toString());
    m_encryption->setCurrentIndex(std::max(encryption, 0));

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_encryption);
    auto* note =
        new QLabel(tr("Tenure never stores a password. When the server asks for one, PostgreSQL's "
                      "password file (~/.pgpass) or service file gives it."),
                   this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto complete = [this, buttons] {
        buttons->button(QDialogButtonBox::Open)
            ->setEnabled(!m_host->text().trimmed().isEmpty() &&
                         !m_database->text().trimmed().isEmpty());
    };
    connect(m_host, &QLineEdit::textChanged, this, complete);
    connect(m_database, &QLineEdit::textChanged, this, complete);
    complete();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString TeamBookDialog::uri() const
{
    const QString host = m_host->text().trimmed();
    const QString user = m_user->text().trimmed();
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        uri += QString::fromLatin1(QUrl::toPercentEncoding(user)) + u'@';
    uri += QString::fromLatin1(QUrl::toPercentEncoding(host, "[]:"));
    uri += QStringLiteral(":%1/").arg(m_port->value());
    uri += QString::fromLatin1(QUrl::toPercentEncoding(m_database->text().trimmed()));
    uri += QStringLiteral("?sslmode=") + m_encryption->currentData().toString();
    return uri;
}

void TeamBookDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(QStringLiteral("sslmode"), m_encryption->currentData().toString());
}

} // namespace tenure::ui
