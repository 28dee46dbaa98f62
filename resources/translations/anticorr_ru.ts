<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>About</name>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="147" />
      <source>About AntiCorr Desktop</source>
      <translation>О программе AntiCorr Desktop</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="152" />
      <source>AntiCorr Desktop</source>
      <translation>AntiCorr Desktop</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="175" />
      <source>Backups: {path}</source>
      <translation>Резервные копии: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="174" />
      <source>Database: {path}</source>
      <translation>База данных: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="163" />
      <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
      <translation>Свободная программа по лицензии GNU General Public License версии 3 или более поздней. Предоставляется без каких-либо гарантий.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="136" />
      <source>Home page: {url}</source>
      <translation>Домашняя страница: {url}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="130" />
      <source>Licence: {licence}</source>
      <translation>Лицензия: {licence}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="149" />
      <source>Licences</source>
      <translation>Лицензии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="176" />
      <source>Log: {path}</source>
      <translation>Журнал работы: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="158" />
      <source>Minutes of the anti-corruption commission's sessions and control of the chair's instructions: due dates, reports, overdue, discipline.</source>
      <translation>Протоколы заседаний комиссии по противодействию коррупции и контроль поручений председателя: сроки, отчёты, просрочки, исполнительская дисциплина.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="148" />
      <source>Program</source>
      <translation>Программа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="168" />
      <source>The documents are set in Liberation Serif (SIL Open Font License 1.1). The window is built with Qt and PySide6 (GNU LGPL version 3); the Licences tab lists every library the program ships and its licence.</source>
      <translation>Документы набираются шрифтом Liberation Serif (SIL Open Font License 1.1). Окно построено на Qt и PySide6 (GNU LGPL версии 3); на вкладке «Лицензии» перечислены все библиотеки, поставляемые с программой, и их лицензии.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/about.py" line="153" />
      <source>Version {version}</source>
      <translation>Версия {version}</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="103" />
      <source>Cannot open the database</source>
      <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="188" />
      <source>Database restored</source>
      <translation>База данных восстановлена</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="170" />
      <source>Replace everything in the database
{db}
with the contents of
{path}?

The file is checked first. The current contents are backed up before they are replaced, so this can be undone by restoring that backup.</source>
      <translation>Заменить всё содержимое базы данных
{db}
содержимым файла
{path}?

Сначала файл проверяется. Перед заменой текущее содержимое сохраняется в резервную копию, поэтому замену можно отменить, восстановив эту копию.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="169" />
      <source>Restore the database</source>
      <translation>Восстановление базы данных</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="189" />
      <source>Restored from {path}. The previous contents were saved to {backup}.</source>
      <translation>Восстановлено из {path}. Прежнее содержимое сохранено в {backup}.</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="322" />
      <source>A backup is made at the first start of each day, before every import, restore and program upgrade. Restoring checks the file first and backs up the current contents.</source>
      <translation>Резервная копия создаётся при первом за день запуске программы, а также перед каждым импортом, восстановлением и обновлением программы. При восстановлении файл сначала проверяется, а текущее содержимое базы данных сохраняется в резервную копию.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="243" />
      <source>AntiCorr databases and backups (*.sqlite3 *.zst *.db);;All files (*)</source>
      <translation>Базы данных и резервные копии AntiCorr (*.sqlite3 *.zst *.db);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="312" />
      <source>Back up now</source>
      <translation>Создать резервную копию</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="220" />
      <source>Backup written: {path}</source>
      <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="303" />
      <source>Backups</source>
      <translation>Резервные копии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="306" />
      <source>Backups are kept in {folder}</source>
      <translation>Резервные копии хранятся в папке {folder}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="45" />
      <source>Before a program upgrade</source>
      <translation>Перед обновлением программы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="44" />
      <source>Before a restore</source>
      <translation>Перед восстановлением</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="43" />
      <source>Before an import</source>
      <translation>Перед импортом</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="41" />
      <source>Daily, automatic</source>
      <translation>Ежедневная, автоматическая</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="288" />
      <source>Database restored</source>
      <translation>База данных восстановлена</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="88" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="81" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="77" />
      <source>Made</source>
      <translation>Создана</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="42" />
      <source>Made by hand</source>
      <translation>Создана вручную</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="320" />
      <source>Open folder</source>
      <translation>Открыть папку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="259" />
      <source>Replace everything in the database with the contents of
{path}?

The file is checked first. The current contents are backed up before they are replaced, so this can be undone by restoring that backup.</source>
      <translation>Заменить всё содержимое базы данных содержимым файла
{path}?

Сначала файл будет проверен. Перед заменой текущее содержимое сохраняется в резервную копию, поэтому изменение можно отменить, восстановив эту копию.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="241" />
      <source>Restore from a file</source>
      <translation>Восстановление из файла</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="318" />
      <source>Restore from a file…</source>
      <translation>Восстановить из файла…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="315" />
      <source>Restore the backup selected in the list</source>
      <translation>Восстановить резервную копию, выбранную в списке</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="258" />
      <source>Restore the database</source>
      <translation>Восстановление базы данных</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="283" />
      <source>Restored from {path}. The previous contents were saved to {backup}.</source>
      <translation>База данных восстановлена из файла {path}. Прежнее содержимое сохранено в файле {backup}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="313" />
      <source>Restore…</source>
      <translation>Восстановить…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="83" />
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="310" />
      <source>This database is in memory: no backups.</source>
      <translation>База данных размещена в оперативной памяти: резервные копии не создаются.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="213" />
      <source>Writing a backup…</source>
      <translation>Создание резервной копии…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="63" />
      <source>{n} KB</source>
      <translation>{n} КБ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/backups/backup_dialog.py" line="64" />
      <source>{n} MB</source>
      <translation>{n} МБ</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="53" />
      <source>AntiCorr Desktop from the command line: sessions, instructions and their control.</source>
      <translation>AntiCorr Desktop в командной строке: заседания, поручения и контроль их исполнения.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="626" />
      <source>Backup</source>
      <translation>Резервная копия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="559" />
      <source>Backup written: {path}</source>
      <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="156" />
      <source>CSV delimiter (default ;)</source>
      <translation>разделитель полей в CSV (по умолчанию ;)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="695" />
      <source>Control dates within a year</source>
      <translation>Контрольные даты в течение года</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="264" />
      <source>Database ready: {path}</source>
      <translation>База данных готова: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="322" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="362" />
      <source>Days overdue</source>
      <translation>Дней просрочки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="262" />
      <source>Demo loaded into {path}.</source>
      <translation>Демонстрационные данные загружены: {path}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="513" />
      <source>Divergence: entry {seq} differs from the one the {what} {name} of {made} saw (the history was rewritten since).</source>
      <translation>Расхождение: запись {seq} отличается от той, которую видел(а) {what} {name} от {made} (история с тех пор переписана).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="361" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="690" />
      <source>Due date</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="360" />
      <source>Executors</source>
      <translation>Исполнители</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="409" />
      <source>Found in</source>
      <translation>Где найдено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="320" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="271" />
      <source>Imported: {created} new, {unchanged} already here.</source>
      <translation>Импортировано: новых — {created}, уже имеющихся — {unchanged}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="591" />
      <source>In {path}: {what}</source>
      <translation>В {path}: {what}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="325" />
      <source>Instructions</source>
      <translation>Поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="323" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="626" />
      <source>Made</source>
      <translation>Создана</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="623" />
      <source>No backups yet.</source>
      <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="697" />
      <source>No day is written: the default day of the month after each period applies.</source>
      <translation>Число не указано: действует число по умолчанию месяца, следующего за каждым периодом.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="484" />
      <source>No good backup of {db} was found. Keep the damaged file and ask for help.</source>
      <translation>Исправной резервной копии {db} не найдено. Сохраните повреждённый файл и обратитесь за помощью.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="389" />
      <source>No instructions match.</source>
      <translation>Поручений, соответствующих условиям отбора, нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="358" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="407" />
      <source>Nothing found.</source>
      <translation>Ничего не найдено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="391" />
      <source>Nothing is overdue as of {date}.</source>
      <translation>Просроченных поручений на {date} нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="600" />
      <source>Nothing was changed.</source>
      <translation>Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="590" />
      <source>Now in {path}: {what}</source>
      <translation>Сейчас в {path}: {what}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="326" />
      <source>Overdue</source>
      <translation>Просрочено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="701" />
      <source>Printed (kk)</source>
      <translation>В документах (каз.)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="700" />
      <source>Printed (ru)</source>
      <translation>В документах (рус.)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="687" />
      <source>Read as</source>
      <translation>Прочитано как</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="598" />
      <source>Replace the database with {path}? [y/N] </source>
      <translation>Заменить базу данных содержимым {path}? [y/N] </translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="491" />
      <source>Restore the newest good backup: anticorr --db {db} restore {backup}</source>
      <translation>Восстановите последнюю исправную резервную копию: anticorr --db {db} restore {backup}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="616" />
      <source>Restored from {path}.</source>
      <translation>Восстановлено из {path}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="611" />
      <source>Restored from {path}. The file it replaced was kept as {kept}.</source>
      <translation>Восстановлено из {path}. Заменённый файл сохранён как {kept}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="605" />
      <source>Restored from {path}. The previous contents were saved to {backup}.</source>
      <translation>База данных восстановлена из файла {path}. Прежнее содержимое сохранено в файле {backup}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="508" />
      <source>Rollback: the journal has lost entry {seq} that the {what} {name} of {made} saw (an older copy was put back, or entries were deleted).</source>
      <translation>Откат: в журнале нет записи {seq}, которую видел(а) {what} {name} от {made} (вернули более старую копию файла или удалили записи).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="177" />
      <source>SQLite's full integrity check (every index too; slower)</source>
      <translation>полная проверка целостности SQLite (включая все индексы; дольше)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="359" />
      <source>Session</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="626" />
      <source>Size, MB</source>
      <translation>Размер, МБ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="363" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="364" />
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="545" />
      <source>The database does NOT verify: {n} problem(s).</source>
      <translation>Проверка базы данных НЕ пройдена: обнаружено нарушений — {n}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="550" />
      <source>The database verifies: {n} journal entries, head {head}.</source>
      <translation>Проверка базы данных пройдена: записей в журнале — {n}, хеш последней записи — {head}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="699" />
      <source>The due date follows once the date of the event is recorded.</source>
      <translation>Срок определится, когда будет записана дата события.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="537" />
      <source>The printed head is entry {seq}, current from {since} until {until}.</source>
      <translation>Напечатанная вершина — запись {seq}, была текущей с {since} до {until}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="531" />
      <source>The printed head is entry {seq}, the current head (since {since}).</source>
      <translation>Напечатанная вершина — запись {seq}, текущая вершина журнала (с {since}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="525" />
      <source>The printed head {head} is NOT in this database's journal.</source>
      <translation>Напечатанной вершины {head} НЕТ в журнале этой базы данных.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="158" />
      <source>XLSX: a sheet per main executor</source>
      <translation>XLSX: отдельный лист для каждого основного исполнителя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="680" />
      <source>a date</source>
      <translation>дата</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="119" />
      <source>a file per executor, into the folder -o</source>
      <translation>отдельный файл для каждого исполнителя, в папку -o</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="681" />
      <source>a schedule</source>
      <translation>периодичность</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="402" />
      <source>agenda item</source>
      <translation>вопрос повестки дня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="172" />
      <source>also say whether the head printed on a document is in the journal, and when</source>
      <translation>также сообщить, есть ли в журнале вершина, напечатанная на документе, и когда она была текущей</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="506" />
      <source>backup</source>
      <translation>резервная копия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="683" />
      <source>by the next session: open until it is scheduled</source>
      <translation>к следующему заседанию: открыто, пока оно не назначено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="568" />
      <source>cannot be read (missing, empty, damaged or not a database of this program)</source>
      <translation>не читается (файла нет, он пуст, повреждён или это не база данных этой программы)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="164" />
      <source>check the file (SQLite's quick check), the journal's hash chain and every record against it</source>
      <translation>проверить файл (быстрая проверка SQLite), цепочку хешей журнала и каждую запись по нему</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="67" />
      <source>create the database; --demo loads the demonstration sessions</source>
      <translation>создать базу данных; --demo загружает демонстрационные заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="401" />
      <source>decision</source>
      <translation>решение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="140" />
      <source>executive discipline over a period, as PDF</source>
      <translation>отчёт об исполнительской дисциплине за период в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="114" />
      <source>extracts of the minutes for one executor or for all</source>
      <translation>выписки из протокола для одного исполнителя или для всех</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="94" />
      <source>full-text search over instructions, decisions, agenda and reports</source>
      <translation>полнотекстовый поиск по поручениям, решениям, повестке дня и отчётам</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="90" />
      <source>id or YEAR/NUMBER</source>
      <translation>ID или YEAR/NUMBER (год/номер)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="77" />
      <source>id or YEAR/NUMBER, e.g. 2024/4</source>
      <translation>ID или YEAR/NUMBER (год/номер), например 2024/4</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="73" />
      <source>import a JSON interchange file (sessions, directory)</source>
      <translation>импортировать файл обмена JSON (заседания, справочник)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="400" />
      <source>instruction</source>
      <translation>поручение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="83" />
      <source>list instructions with their status and due dates</source>
      <translation>вывести список поручений с их статусами и сроками</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="194" />
      <source>list the backups of the database, newest first</source>
      <translation>вывести список резервных копий базы данных (сначала самые новые)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="80" />
      <source>list the sessions</source>
      <translation>вывести список заседаний</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="70" />
      <source>load the demo (only into an empty database)</source>
      <translation>загрузить демонстрационные данные (только в пустую базу данных)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="685" />
      <source>no deadline</source>
      <translation>без срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="88" />
      <source>on_control, reported, rework, done, off_control, cancelled, or open</source>
      <translation>on_control, reported, rework, done, off_control, cancelled или open</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="682" />
      <source>ongoing, no due date</source>
      <translation>постоянно, без даты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="84" />
      <source>only those overdue as of the date</source>
      <translation>только просроченные на указанную дату</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="86" />
      <source>part of an executor's name (main or co-executor)</source>
      <translation>часть ФИО исполнителя (основного исполнителя или соисполнителя)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="117" />
      <source>part of the executor's name</source>
      <translation>часть ФИО исполнителя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="110" />
      <source>pdf: the document to sign; docx: a Word copy to edit (the record stays ours)</source>
      <translation>pdf — документ для подписи; docx — копия в Word для правки (запись остаётся в программе)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="104" />
      <source>print texts that have no version in --lang in the other language, marked</source>
      <translation>печатать тексты без версии на языке --lang на другом языке, с пометкой</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="506" />
      <source>printed document</source>
      <translation>напечатанный документ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="197" />
      <source>read a due date as the window does: its kind, date and printed form</source>
      <translation>прочитать срок так же, как окно программы: вид, дата и как он печатается</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="185" />
      <source>replace the database with a checked backup (the current one is backed up first)</source>
      <translation>заменить базу данных проверенной резервной копией (предварительно создаётся резервная копия текущей базы данных)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="191" />
      <source>replace without asking (for scripts; needed when there is no terminal)</source>
      <translation>заменить, не спрашивая (для сценариев; нужно, когда нет терминала)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="403" />
      <source>report</source>
      <translation>отчёт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="61" />
      <source>the database file (default: $ANTICORR_DB, else the user's data folder)</source>
      <translation>файл базы данных (по умолчанию: $ANTICORR_DB, а если переменная не задана — в папке данных пользователя)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="85" />
      <source>the date (default: today)</source>
      <translation>дата (по умолчанию — сегодня)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>the date of issue (default: today)</source>
      <translation>дата выдачи поручения (по умолчанию сегодня)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="206" />
      <source>the day of the month after each period for a schedule written without a day</source>
      <translation>число месяца, следующего за каждым периодом, для периодичности без указанного числа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="199" />
      <source>the due date as written in the minutes</source>
      <translation>срок, как он записан в протоколе</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="201" />
      <source>the language of the answer</source>
      <translation>язык ответа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="98" />
      <source>the minutes of a session as PDF</source>
      <translation>протокол заседания в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="135" />
      <source>the overdue report as of a date, as PDF</source>
      <translation>отчёт о просроченных поручениях на дату в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="147" />
      <source>the task list as CSV, XLSX, ICS or JSON (same filters as instructions)</source>
      <translation>список поручений в формате CSV, XLSX, ICS или JSON (те же фильтры, что у команды instructions)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="684" />
      <source>tied to an event: kept as written, open with no date</source>
      <translation>привязано к событию: хранится как записано, открыто без даты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="180" />
      <source>write a consistent copy of the database</source>
      <translation>создать целостную резервную копию базы данных</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="76" />
      <source>write the database or one session as JSON</source>
      <translation>выгрузить базу данных или одно заседание в формате JSON</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="277" />
      <source>{n} directory record(s) differ from the file; this database's version was kept.</source>
      <translation>Записей справочника, отличающихся от файла: {n}; оставлены данные этой базы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="471" />
      <source>{n} instructions written to {path}</source>
      <translation>Записано поручений — {n}, файл: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="572" />
      <source>{sessions} sessions, {instructions} instructions; journal of {entries} entries, head {head}, last change {when}</source>
      <translation>заседаний: {sessions}, поручений: {instructions}; записей в журнале: {entries}, вершина {head}, последнее изменение {when}</translation>
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="153" />
      <source>Cannot do this</source>
      <translation>Действие невозможно</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="176" />
      <source>Fill them in the session editor, or print now: they will be printed in the other language, each marked as such.</source>
      <translation>Заполните их в редакторе заседания или печатайте сейчас: они будут напечатаны на другом языке, каждый с пометкой.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="163" />
      <source>Kazakh</source>
      <translation>казахском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="182" />
      <source>Print, marked</source>
      <translation>Печатать с пометкой</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="163" />
      <source>Russian</source>
      <translation>русском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="169" />
      <source>Texts missing in the document's language</source>
      <translation>Нет текстов на языке документа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="171" />
      <source>These texts have no {language} version:</source>
      <translation>У этих текстов нет версии на {language} языке:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="448" />
      <source>type the date as DD.MM.YYYY</source>
      <translation>введите дату как ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="466" />
      <source>{weekday}: a day off</source>
      <translation>{weekday}: выходной день</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="464" />
      <source>{weekday}: a day off ({name})</source>
      <translation>{weekday}: выходной день ({name})</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="86" />
      <source>Cannot do this</source>
      <translation>Действие невозможно</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="99" />
      <source>Internal error</source>
      <translation>Внутренняя ошибка</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/crash.py" line="91" />
      <source>Something went wrong inside the program, and the last action may not have finished. What was saved before stays saved, and you can keep working.

If it happens again, send the file {log} to whoever looks after the program.

Technical detail: {detail}</source>
      <translation>В работе программы произошёл сбой, и последнее действие, возможно, не завершено. Всё, что было сохранено ранее, сохранилось, и вы можете продолжать работу.

Если ошибка повторится, отправьте файл {log} специалисту, который сопровождает программу.

Технические сведения: {detail}</translation>
    </message>
  </context>
  <context>
    <name>Detail</name>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="129" />
      <source>&amp;Accept…</source>
      <translation>При&amp;нять…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="132" />
      <source>&amp;Cancel…</source>
      <translation>От&amp;менить…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="128" />
      <source>&amp;Register report…</source>
      <translation>Зарегистрировать от&amp;чёт…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="183" />
      <source>(first set: {date})</source>
      <translation>(первоначальный срок: {date})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="105" />
      <source>Accept and Take off control apply to all of them at once.</source>
      <translation>Действия «Принять…» и «Снять с контроля…» применяются сразу ко всем выбранным поручениям.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="134" />
      <source>Bac&amp;k on control…</source>
      <translation>В&amp;ернуть на контроль…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="193" />
      <source>Control dates</source>
      <translation>Контрольные сроки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="218" />
      <source>Controller</source>
      <translation>Контролирующее лицо</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="187" />
      <source>Current due date</source>
      <translation>Текущий срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="225" />
      <source>Decision / reason</source>
      <translation>Решение / причина</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="203" />
      <source>Done on</source>
      <translation>Дата исполнения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="178" />
      <source>Due, as written</source>
      <translation>Срок (формулировка)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="131" />
      <source>E&amp;xtend deadline…</source>
      <translation>Продлить сро&amp;к…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="177" />
      <source>Executors</source>
      <translation>Исполнители</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="239" />
      <source>History</source>
      <translation>История</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_window.py" line="45" />
      <source>Instruction {number}</source>
      <translation>Поручение {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="207" />
      <source>Issued</source>
      <translation>Поручение дано</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="130" />
      <source>Re&amp;turn for rework…</source>
      <translation>Вернуть на &amp;доработку…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="84" />
      <source>Select an instruction to see it in full, with its history. Select several (Ctrl or Shift and click) to accept reports or take them off control together.</source>
      <translation>Выберите поручение, чтобы просмотреть его полностью, вместе с историей. Чтобы принять отчёты или снять поручения с контроля одновременно, выберите несколько поручений (щёлкните по ним, удерживая Ctrl или Shift).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="161" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="133" />
      <source>Take off contro&amp;l…</source>
      <translation>Снять с контро&amp;ля…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="170" />
      <source>co-executor</source>
      <translation>соисполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="168" />
      <source>main executor</source>
      <translation>основной исполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="147" />
      <source>minutes No. {number} of {date}</source>
      <translation>протокол № {number} от {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="159" />
      <source>overdue by {n} days</source>
      <translation>просрочено на {n} дн.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="195" />
      <source>{done} of {n} reported and accepted</source>
      <translation>отчёты приняты: {done} из {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="99" />
      <source>{n} instructions selected</source>
      <translation>Выбрано поручений: {n}</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="182" />
      <source>Accept the report</source>
      <translation>Принятие отчёта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="183" />
      <source>Accepted on:</source>
      <translation>Дата принятия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="266" />
      <source>Cancel the instruction</source>
      <translation>Отмена поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="218" />
      <source>Current due date:</source>
      <translation>Текущий срок:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="226" />
      <source>Decided on:</source>
      <translation>Дата решения:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="271" />
      <source>Decision:</source>
      <translation>Решение:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="216" />
      <source>Extend the deadline</source>
      <translation>Продление срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="220" />
      <source>New due date:</source>
      <translation>Новый срок:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="184" />
      <source>Note:</source>
      <translation>Примечание:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="161" />
      <source>Outgoing number:</source>
      <translation>Исходящий номер:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="274" />
      <source>Put back on control</source>
      <translation>Вернуть на контроль</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="221" />
      <source>Reason:</source>
      <translation>Причина:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="159" />
      <source>Received on:</source>
      <translation>Дата поступления:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="158" />
      <source>Register a report</source>
      <translation>Регистрация отчёта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="262" />
      <source>Return for rework</source>
      <translation>Возврат на доработку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="270" />
      <source>Take off control</source>
      <translation>Снятие с контроля</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="263" />
      <source>What to rework:</source>
      <translation>Что доработать:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="163" />
      <source>What was done:</source>
      <translation>Что сделано:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="223" />
      <source>Who decided:</source>
      <translation>Кто принял решение:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="164" />
      <source>e.g. 05-12/1184</source>
      <translation>например, 05-12/1184</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="290" />
      <source>e.g. Taken off control by the commission's decision (minutes No. 4)</source>
      <translation>например: снято с контроля решением комиссии (протокол № 4)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="283" />
      <source>e.g. The report was accepted by mistake; the work is not done</source>
      <translation>например: отчёт принят ошибочно, работа не выполнена</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="229" />
      <source>e.g. the chair of the commission</source>
      <translation>например, председатель комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="107" />
      <source>{n} instructions selected</source>
      <translation>Выбрано поручений: {n}</translation>
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="203" />
      <source>Add a member</source>
      <translation>Добавление члена комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="345" />
      <source>Add a member…</source>
      <translation>Добавить члена комиссии…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="85" />
      <source>Add a person</source>
      <translation>Добавление лица</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="341" />
      <source>Add a person…</source>
      <translation>Добавить лицо…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="150" />
      <source>Add an organisation</source>
      <translation>Добавление организации</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="343" />
      <source>Add an organisation…</source>
      <translation>Добавить организацию…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="31" />
      <source>Akim's apparatus</source>
      <translation>Аппарат акима</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="35" />
      <source>Anti-Corruption Agency</source>
      <translation>Агентство по противодействию коррупции</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="33" />
      <source>City department</source>
      <translation>Городское управление</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="340" />
      <source>Commission:</source>
      <translation>Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="339" />
      <source>Commissions</source>
      <translation>Комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="32" />
      <source>District akimat</source>
      <translation>Акимат района</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="350" />
      <source>Double-click a person or an organisation to edit it. Names are shown in Kazakh when the interface is Kazakh. The commission's names, officers and quorum are in Settings.</source>
      <translation>Чтобы изменить сведения о лице или организации, дважды щёлкните по строке. Если интерфейс на казахском языке, наименования показываются на казахском. Наименования комиссии, её председатель, секретарь и кворум задаются в настройках.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="83" />
      <source>Edit a person</source>
      <translation>Изменение сведений о лице</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="148" />
      <source>Edit an organisation</source>
      <translation>Изменение сведений об организации</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="342" />
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="241" />
      <source>End a membership</source>
      <translation>Исключение из состава комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="347" />
      <source>End the membership…</source>
      <translation>Исключить из состава…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="130" />
      <source>From</source>
      <translation>В составе с</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="86" />
      <source>Full name</source>
      <translation>Полное наименование</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="162" />
      <source>Full name (Kazakh):</source>
      <translation>Полное наименование (на казахском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="156" />
      <source>Full name (Russian):</source>
      <translation>Полное наименование (на русском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="94" />
      <source>In Kazakh (for documents in Kazakh; empty fields use the above):</source>
      <translation>На казахском языке (для документов на казахском; для незаполненных полей используются данные, указанные выше):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="88" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="164" />
      <source>Kind:</source>
      <translation>Вид:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="115" />
      <source>Member</source>
      <translation>Член комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="208" />
      <source>Member from:</source>
      <translation>В составе с:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="243" />
      <source>Member until:</source>
      <translation>В составе по:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="55" />
      <source>Name</source>
      <translation>ФИО</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="88" />
      <source>Name:</source>
      <translation>Имя:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="320" />
      <source>No commission is set up yet.</source>
      <translation>Ни одна комиссия ещё не создана.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="57" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="109" />
      <source>Organisation:</source>
      <translation>Организация:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="338" />
      <source>Organisations</source>
      <translation>Организации</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="36" />
      <source>Other</source>
      <translation>Иное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="90" />
      <source>Patronymic:</source>
      <translation>Отчество:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="337" />
      <source>People</source>
      <translation>Лица</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="204" />
      <source>Person:</source>
      <translation>Лицо:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="56" />
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="92" />
      <source>Position:</source>
      <translation>Должность:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="34" />
      <source>Quasi-state organisation</source>
      <translation>Организация квазигосударственного сектора</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="330" />
      <source>Quorum: at least {n}/{d} of the voting members</source>
      <translation>Кворум: не менее {n}/{d} членов комиссии с правом голоса</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="326" />
      <source>Quorum: more than {n}/{d} of the voting members</source>
      <translation>Кворум: более {n}/{d} членов комиссии с правом голоса</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="117" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="205" />
      <source>Role:</source>
      <translation>Роль:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="85" />
      <source>Short name</source>
      <translation>Краткое наименование</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="159" />
      <source>Short name (Kazakh):</source>
      <translation>Краткое наименование (на казахском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="153" />
      <source>Short name (Russian):</source>
      <translation>Краткое наименование (на русском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="87" />
      <source>Surname:</source>
      <translation>Фамилия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="214" />
      <source>Type part of the name</source>
      <translation>Введите часть ФИО</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="135" />
      <source>Until</source>
      <translation>В составе по</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="122" />
      <source>Votes</source>
      <translation>Право голоса</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="206" />
      <source>Votes:</source>
      <translation>Право голоса:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="211" />
      <source>counts towards the quorum and votes</source>
      <translation>учитывается в кворуме и участвует в голосовании</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="113" />
      <source>e.g. Руководитель управления спорта</source>
      <translation>например, Руководитель управления спорта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="126" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="124" />
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="111" />
      <source>— none —</source>
      <translation>— не указана —</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="394" />
      <source>Total</source>
      <translation>Итого</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="512" />
      <source>"version" is missing.</source>
      <translation>В файле отсутствует поле «version».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="42" />
      <source>"{ref}" is not a session: give its id or YEAR/NUMBER, e.g. 2024/4.</source>
      <translation>«{ref}» не является обозначением заседания: укажите ID заседания или YEAR/NUMBER (год/номер), например 2024/4.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="158" />
      <source>"{text}" is not a date: a day of the month is from 1 to 31, not {day}.</source>
      <translation>«{text}» не является датой: число месяца должно быть от 1 до 31, а указано {day}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="176" />
      <source>"{text}" is not a date: month {month:02d} has at most {days} days.</source>
      <translation>«{text}» не является датой: в месяце {month:02d} не больше {days} дней.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="185" />
      <source>"{text}" is not a date: the year must be from {min_year} to {max_year}, not {year}.</source>
      <translation>«{text}» не является датой: год должен быть в пределах от {min_year} до {max_year}, а указан {year}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="152" />
      <source>"{text}" is not a date: there is no month {month}.</source>
      <translation>«{text}» не является датой: месяца с номером {month} не существует.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="166" />
      <source>"{text}" is not a date: {month:02d}.{year} has only {days} days.</source>
      <translation>«{text}» не является датой: в месяце {month:02d}.{year} всего {days} дней.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="40" />
      <source>"{text}" matches several people: {names}. Be more precise.</source>
      <translation>Запросу «{text}» соответствуют несколько человек: {names}. Уточните запрос.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="212" />
      <source>"{text}": a day of the month is from 1 to 31, not {day}.</source>
      <translation>«{text}»: число месяца должно быть от 1 до 31, а указано {day}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="226" />
      <source>"{text}": a time of day needs a date; write, for example: {examples}.</source>
      <translation>«{text}»: время суток указывается вместе с датой; пишите, например: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="240" />
      <source>"{text}": a year has two half-years, not {n}.</source>
      <translation>«{text}»: в году два полугодия, а не {n}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="248" />
      <source>"{text}": by the start of the period or by its end? Write, for example: {examples}.</source>
      <translation>«{text}»: к началу периода или к его концу? Пишите, например: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="244" />
      <source>"{text}": the period ends before it begins.</source>
      <translation>«{text}»: период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="199" />
      <source>"{text}": the term is too long; at most ten years.</source>
      <translation>«{text}»: срок слишком большой; он не может превышать десяти лет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="195" />
      <source>"{text}": the term must be longer than zero.</source>
      <translation>«{text}»: срок должен быть больше нуля.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="218" />
      <source>"{text}": {clock} is not a time of day; write it as 10:00 (hours 0-23, minutes 0-59).</source>
      <translation>«{text}»: {clock} — не время суток; пишите как 10:00 (часы 0–23, минуты 0–59).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="292" />
      <source>"{time}" is not a time of day; write it as 15:00.</source>
      <translation>«{time}» не является временем суток; укажите время в виде 15:00.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="764" />
      <source>"{value}" is before the instruction was issued ({issued})</source>
      <translation>срок «{value}» наступает раньше даты выдачи поручения ({issued})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="398" />
      <source>"{value}" is not a date (write YYYY-MM-DD, e.g. 2024-12-25)</source>
      <translation>«{value}» не является датой (укажите дату в виде YYYY-MM-DD, например 2024-12-25)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="35" />
      <source>"{value}" is not a date; write 2025-06-30 or 30.06.2025.</source>
      <translation>«{value}» не является датой; укажите дату в виде 2025-06-30 или 30.06.2025.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="376" />
      <source>"{value}" is not a status; use one of: {allowed}.</source>
      <translation>«{value}» не является статусом; используйте одно из значений: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="409" />
      <source>"{value}" is not one of: {allowed}</source>
      <translation>«{value}» — недопустимое значение; допустимые значения: {allowed}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="128" />
      <source>25.12.2024, до 25 декабря 2024 года, в месячный срок, в течение 10 рабочих дней, ежеквартально, до 5 числа, постоянно, к следующему заседанию, по итогам проверки</source>
      <translation>25.12.2024, до 25 декабря 2024 года, в месячный срок, в течение 10 рабочих дней, ежеквартально, до 5 числа, постоянно, к следующему заседанию, по итогам проверки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="420" />
      <source>A control date can be moved only to before the next one ({next}); the next report is due then anyway.</source>
      <translation>Контрольный срок можно перенести только на дату раньше следующего контрольного срока ({next}): к нему отчёт и так обязателен.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="143" />
      <source>A member cannot be their own substitute: {name}. Choose another person.</source>
      <translation>Член комиссии не может замещать сам себя ({name}). Выберите другое лицо.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="208" />
      <source>A report cannot be registered: the instruction is {status}.</source>
      <translation>Отчёт нельзя зарегистрировать: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="176" />
      <source>A session belongs to a commission: set the commission up first (File → Settings → Commissions).</source>
      <translation>Заседание относится к комиссии: сначала заведите комиссию («Файл» → «Настройки…» → «Комиссии»).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="184" />
      <source>A speaker needs a person from the directory or a name.</source>
      <translation>Для выступающего выберите лицо из справочника или укажите его ФИО.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="449" />
      <source>Agenda item {id} does not exist.</source>
      <translation>Вопрос повестки дня не найден (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="108" />
      <source>An executor is listed twice.</source>
      <translation>Один и тот же исполнитель указан дважды. Удалите повтор.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="35" />
      <source>An in-memory database cannot be backed up.</source>
      <translation>Резервное копирование базы данных, размещённой в оперативной памяти, невозможно.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/place.py" line="146" />
      <source>Cannot create the folder {path}: {detail}</source>
      <translation>Не удаётся создать папку {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="81" />
      <source>Cannot open the database file ({detail}). Check the folder exists and you may write to it.</source>
      <translation>Не удаётся открыть файл базы данных ({detail}). Проверьте, что папка существует и у вас есть право записи в неё.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1262" />
      <source>Cannot open {path}: {detail}</source>
      <translation>Не удаётся открыть файл {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1310" />
      <source>Cannot read the database file {path}: {detail}. Check that you may read it.</source>
      <translation>Не удаётся прочитать файл базы данных {path}: {detail}. Проверьте, что у вас есть право на его чтение.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="144" />
      <source>Cannot read the due date "{text}". Write it as, for example: {examples}.</source>
      <translation>Не удаётся распознать срок «{text}». Укажите его, например, так: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="203" />
      <source>Cannot read the schedule "{text}": say by which day, for example: ежемесячно, до 5 числа; ежеквартально, до 5 числа месяца, следующего за отчетным; ежегодно, до 20 января.</source>
      <translation>Не удаётся распознать периодичность «{text}»: укажите, до какого числа, например: ежемесячно, до 5 числа; ежеквартально, до 5 числа месяца, следующего за отчетным; ежегодно, до 20 января.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="436" />
      <source>Cannot read {path}: {detail}</source>
      <translation>Не удаётся прочитать файл {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="296" />
      <source>Cannot write {path}: {detail}</source>
      <translation>Не удаётся записать файл {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="193" />
      <source>Choose a person from the list.</source>
      <translation>Выберите лицо из списка.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="240" />
      <source>Commission {id} does not exist.</source>
      <translation>Комиссия не найдена (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="502" />
      <source>Decision {id} does not exist.</source>
      <translation>Решение не найдено (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="295" />
      <source>Every control date already has its report; accept or return the reports awaiting a decision first.</source>
      <translation>По всем контрольным срокам отчёты уже поступили; сначала примите или верните отчёты, ожидающие решения.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="187" />
      <source>Give all three vote counts (for, against, abstained), none negative.</source>
      <translation>Укажите все три итога голосования («за», «против», «воздержались»); числа не могут быть отрицательными.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="254" />
      <source>Give the reason for the extension.</source>
      <translation>Укажите причину продления срока.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="556" />
      <source>Instruction {id} does not exist.</source>
      <translation>Поручение не найдено (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="42" />
      <source>Instruction {number} is already being executed: change its deadline with an extension, or cancel it and issue a new one.</source>
      <translation>Поручение {number} уже находится на исполнении: измените срок через продление срока либо отмените поручение и дайте новое.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="126" />
      <source>Mark the session as held before approving it.</source>
      <translation>Прежде чем утвердить заседание, отметьте его как проведённое.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="65" />
      <source>Membership ends ({to}) before it starts ({frm}).</source>
      <translation>Дата окончания членства ({to}) раньше даты его начала ({frm}). Исправьте даты.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="88" />
      <source>Membership {id} does not exist.</source>
      <translation>Запись о членстве в комиссии не найдена (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="106" />
      <source>Name at least one executor; the first is the main executor.</source>
      <translation>Укажите хотя бы одного исполнителя; первый указанный считается основным исполнителем.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="164" />
      <source>No folder to unpack the backup {path} into.</source>
      <translation>Нет папки, в которую можно распаковать резервную копию {path}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="35" />
      <source>No person matches "{text}".</source>
      <translation>По запросу «{text}» никто не найден. Проверьте написание.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/workdays.py" line="329" />
      <source>No working day within {days} days of {date}: check the calendar table.</source>
      <translation>В пределах {days} дней от {date} нет ни одного рабочего дня: проверьте календарь рабочих и выходных дней.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="602" />
      <source>No. {number} of {year} appears twice in this file ({other})</source>
      <translation>№ {number} за {year} год встречается в файле дважды ({other})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="594" />
      <source>Nothing was changed: there is no terminal to ask whether to replace the database. Add --yes to restore without asking.</source>
      <translation>Ничего не изменено: нет терминала, чтобы спросить, заменять ли базу данных. Добавьте --yes, чтобы восстановить без вопроса.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="215" />
      <source>Only a done instruction can be taken off control; this one is {status}.</source>
      <translation>Снять с контроля можно только исполненное поручение; это поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="218" />
      <source>Only a done instruction or one taken off control can be put back on control; this one is {status}.</source>
      <translation>Вернуть на контроль можно только исполненное или снятое с контроля поручение; это поручение: {status}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="169" />
      <source>Organisation {id} does not exist.</source>
      <translation>Организация не найдена (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="196" />
      <source>Person {id} does not exist.</source>
      <translation>Лицо не найдено в справочнике (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="56" />
      <source>Reminders look ahead between 1 and {max} working days.</source>
      <translation>Напоминания смотрят вперёд на срок от 1 до {max} рабочих дней.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="618" />
      <source>Session No. {number} of {year} already exists in this commission with other contents</source>
      <translation>заседание № {number} за {year} год уже есть в этой комиссии, и его содержание отличается</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="288" />
      <source>Session No. {number} of {year} already exists in this commission. Choose another number.</source>
      <translation>Заседание № {number} за {year} год в этой комиссии уже есть. Выберите другой номер.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="300" />
      <source>Session {id} does not exist.</source>
      <translation>Заседание не найдено (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/documents.py" line="241" />
      <source>Session {label} has no instructions.</source>
      <translation>По заседанию {label} поручений нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="118" />
      <source>Session {label} is approved and locked. Reopen it (with a reason) to change it.</source>
      <translation>Заседание {label} утверждено и закрыто для изменений. Чтобы внести изменения, откройте его повторно, указав причину.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="49" />
      <source>Several commissions have a session {ref}; give its id instead ({ids}).</source>
      <translation>Заседание {ref} есть в нескольких комиссиях; вместо него укажите ID нужного заседания ({ids}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="89" />
      <source>The backup to {path} failed: {detail}</source>
      <translation>Не удалось создать резервную копию ({path}): {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="179" />
      <source>The backup {path} could not be unpacked: {detail}. Nothing was changed.</source>
      <translation>Не удалось распаковать резервную копию {path}: {detail}. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/exchange.py" line="53" />
      <source>The database already holds data; the demo loads only into an empty one.</source>
      <translation>В базе данных уже есть данные; демонстрационные данные загружаются только в пустую базу. Укажите другой файл базы данных (--db).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="501" />
      <source>The database file is damaged ({detail}). Restore it from a backup.</source>
      <translation>Файл базы данных повреждён ({detail}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1284" />
      <source>The database file {path} is empty (0 bytes), yet it has backups in {folder}: it was lost, not new. None of the backups passes the checks; keep the files and ask for help.</source>
      <translation>Файл базы данных {path} пуст (0 байт), хотя в {folder} есть его резервные копии: база утрачена, а не новая. Ни одна резервная копия не проходит проверку; сохраните файлы и обратитесь за помощью.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1291" />
      <source>The database file {path} is empty (0 bytes), yet it has backups: it was lost, not new. Restore the newest good backup: anticorr --db {path} restore {backup}</source>
      <translation>Файл базы данных {path} пуст (0 байт), хотя у него есть резервные копии: база утрачена, а не новая. Восстановите последнюю исправную резервную копию: anticorr --db {path} restore {backup}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/writelock.py" line="36" />
      <source>The database is busy: another copy of the program is restoring, importing or saving. Nothing was saved; try again in a moment.</source>
      <translation>База данных занята: другая копия программы восстанавливает, импортирует или сохраняет данные. Ничего не сохранено; повторите попытку чуть позже.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="71" />
      <source>The database is busy: another copy of the program is saving. Nothing was saved; try again in a moment.</source>
      <translation>База данных занята: другая копия программы сохраняет данные. Ничего не сохранено; повторите попытку через несколько секунд.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="71" />
      <source>The database is damaged ({detail}): no backup was written, and nothing was changed. Restore the newest good backup.</source>
      <translation>База данных повреждена ({detail}): резервная копия не записана, ничего не изменено. Восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/backups.py" line="59" />
      <source>The database is open in the program of {user} on {host}: close it there first, then restore. Nothing was changed.</source>
      <translation>База данных открыта в программе пользователя {user} на компьютере {host}: сначала закройте её там, затем восстанавливайте. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="77" />
      <source>The database is open read-only. Nothing was saved.</source>
      <translation>База данных открыта только для чтения. Ничего не сохранено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1248" />
      <source>The database needs an upgrade that cannot run read-only.</source>
      <translation>Базе данных требуется обновление, которое невозможно выполнить в режиме только для чтения. Откройте её с правом записи.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1222" />
      <source>The database {path} does not exist. Check the path or create it with: anticorr init</source>
      <translation>Файл базы данных не найден: {path}. Проверьте путь или создайте базу данных командой: anticorr init</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="218" />
      <source>The database {path} does not exist. Create it with: anticorr init</source>
      <translation>Файл базы данных не найден: {path}. Создайте базу данных командой: anticorr init</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="213" />
      <source>The deadline cannot be extended: the instruction is {status}.</source>
      <translation>Срок нельзя продлить: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="152" />
      <source>The decision belongs to another session; pick a decision of this one.</source>
      <translation>Решение относится к другому заседанию; выберите решение этого заседания.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="338" />
      <source>The decision date {date} is before the report was received ({received}).</source>
      <translation>Дата решения {date} раньше даты поступления отчёта ({received}). Исправьте дату.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="668" />
      <source>The default day must be from 1 to 31.</source>
      <translation>День по умолчанию — число от 1 до 31.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="65" />
      <source>The disk is full or failed while saving. Nothing was saved. Free some space and try again.</source>
      <translation>Диск заполнен, или при сохранении произошёл сбой диска. Ничего не сохранено. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="189" />
      <source>The due date {due} is before the instruction was issued ({issued}).</source>
      <translation>Срок {due} раньше даты выдачи поручения ({issued}). Укажите более поздний срок.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="940" />
      <source>The file differs from this database in {n} record(s): {examples}. An import only adds what is missing and never rewrites what this database holds, so nothing was imported. Compare with an export of this database.</source>
      <translation>Файл расходится с этой базой в записях ({n}): {examples}. Импорт только добавляет недостающее и никогда не переписывает то, что уже есть в базе, поэтому ничего не импортировано. Сравните файл с выгрузкой из этой базы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="514" />
      <source>The file has format version {ver}; this program reads version {mine}. Install a newer version of the program.</source>
      <translation>Версия формата файла — {ver}, а программа читает версию {mine}. Установите более новую версию программы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="505" />
      <source>The file must hold a JSON object, not {kind}.</source>
      <translation>Файл должен содержать объект JSON, а не {kind}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="131" />
      <source>The folder {folder} does not exist. Choose another.</source>
      <translation>Папка {folder} не существует. Выберите другую папку.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="214" />
      <source>The instruction cannot be cancelled: it is {status}.</source>
      <translation>Поручение нельзя отменить: оно в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="248" />
      <source>The new due date {new} must be later than the current one, {old}.</source>
      <translation>Новый срок {new} должен быть позже текущего ({old}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="155" />
      <source>The period ends ({to}) before it starts ({frm}).</source>
      <translation>Дата окончания периода ({to}) раньше даты его начала ({frm}). Исправьте даты.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="51" />
      <source>The quorum must be a fraction between 0 and 1, such as 2/3.</source>
      <translation>Кворум должен быть дробью от 0 до 1, например 2/3.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="274" />
      <source>The report date {date} is before the instruction was issued ({issued}).</source>
      <translation>Дата отчёта {date} раньше даты выдачи поручения ({issued}). Проверьте дату.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="280" />
      <source>The report date {date} is in the future.</source>
      <translation>Дата отчёта {date} ещё не наступила. Проверьте дату.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="490" />
      <source>The restore failed: {detail}. The database was left as it was.</source>
      <translation>Восстановление не удалось: {detail}. База данных оставлена без изменений.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="430" />
      <source>The restore failed: {detail}. The previous contents are in {backup}.</source>
      <translation>Не удалось восстановить базу данных: {detail}. Прежнее содержимое сохранено в файле {backup}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="199" />
      <source>The schedule gives no control date before {until}. Check the day of the month or give an end date.</source>
      <translation>По указанной периодичности до {until} не приходится ни одного контрольного срока. Проверьте число месяца или укажите дату окончания.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="290" />
      <source>The session number must be a positive whole number.</source>
      <translation>Номер заседания должен быть целым положительным числом.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="754" />
      <source>The tracker lists no instructions: there is nothing to export.</source>
      <translation>На странице «Поручения» не показано ни одного поручения: выгружать нечего. Измените условия отбора.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="317" />
      <source>There is no report awaiting a decision. Register the executor's report first.</source>
      <translation>Нет отчёта, ожидающего решения. Сначала зарегистрируйте отчёт исполнителя.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="209" />
      <source>There is no report awaiting a decision: the instruction is {status}.</source>
      <translation>Нет отчёта, ожидающего решения: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="212" />
      <source>There is no report to return: the instruction is {status}.</source>
      <translation>Нет отчёта, который можно вернуть на доработку: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="47" />
      <source>There is no session {ref}.</source>
      <translation>Заседание {ref} не найдено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1241" />
      <source>This database was written by a newer version of the program (schema {names}). Install the newer version to open it.</source>
      <translation>Эта база данных создана более новой версией программы (схема {names}). Чтобы открыть её, установите новую версию программы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="146" />
      <source>This decision already has its instruction; add another decision for a further instruction.</source>
      <translation>По этому решению поручение уже дано; для следующего поручения добавьте новое решение.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="521" />
      <source>This decision has instructions; cancel or remove them first.</source>
      <translation>По этому решению есть поручения; сначала отмените или удалите их.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="246" />
      <source>This instruction has no due date to extend.</source>
      <translation>У этого поручения нет срока, который можно продлить.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="507" />
      <source>This is not an AntiCorr Desktop file ("format" should be "{fmt}").</source>
      <translation>Это не файл AntiCorr Desktop (поле «format» должно иметь значение «{fmt}»).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="339" />
      <source>This session has no instructions with executors yet, so there is nothing to extract.</source>
      <translation>В этом заседании пока нет поручений с указанными исполнителями, поэтому формировать выписки не из чего.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="129" />
      <source>Tick at least one executor.</source>
      <translation>Отметьте хотя бы одного исполнителя.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="559" />
      <source>ends before it starts</source>
      <translation>дата окончания раньше даты начала</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="786" />
      <source>is earlier than the original due date</source>
      <translation>текущий срок раньше первоначального</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="635" />
      <source>is marked present and absent at once</source>
      <translation>одновременно отмечены присутствие и отсутствие</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="320" />
      <source>is missing</source>
      <translation>поле отсутствует</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="335" />
      <source>is missing or empty</source>
      <translation>поле отсутствует или не заполнено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="799" />
      <source>is missing: write the due rule as text (e.g. "до 25 декабря 2024 года") or as an object</source>
      <translation>поле отсутствует: укажите срок текстом (например, «до 25 декабря 2024 года») или объектом</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="775" />
      <source>is not a valid due rule</source>
      <translation>недопустимое правило определения срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="342" />
      <source>is too long ({n} characters; the limit is {limit})</source>
      <translation>текст слишком длинный (символов: {n}; допускается не более {limit})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="597" />
      <source>is {year} but the session's date is in {dyear}</source>
      <translation>указан {year} год, но дата заседания относится к {dyear} году</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="738" />
      <source>lists the same executor twice</source>
      <translation>один и тот же исполнитель указан дважды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="629" />
      <source>lists the same person twice</source>
      <translation>одно и то же лицо указано дважды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="394" />
      <source>must be a date as text (YYYY-MM-DD)</source>
      <translation>значение должно быть датой в виде текста (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="554" />
      <source>must be a fraction between 0 and 1, such as 2/3</source>
      <translation>значение должно быть дробью от 0 до 1, например 2/3</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="323" />
      <source>must be a list</source>
      <translation>значение должно быть списком</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="368" />
      <source>must be a whole number, not {value}</source>
      <translation>значение должно быть целым числом, а не {value}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="327" />
      <source>must be an object</source>
      <translation>значение должно быть объектом</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="653" />
      <source>must be an object with for, against, abstained</source>
      <translation>значение должно быть объектом с полями for, against, abstained</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="374" />
      <source>must be at least {minimum}</source>
      <translation>значение должно быть не меньше {minimum}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="338" />
      <source>must be text, not {value}</source>
      <translation>значение должно быть текстом, а не {value}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="380" />
      <source>must be true or false</source>
      <translation>значение должно быть true или false</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="733" />
      <source>must list at least one executor (the first is the main executor)</source>
      <translation>укажите хотя бы одного исполнителя (первый считается основным исполнителем)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="660" />
      <source>needs a person or a name</source>
      <translation>укажите лицо из справочника (person) или ФИО (name)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="784" />
      <source>needs the original and the current due date</source>
      <translation>укажите первоначальный и текущий сроки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="592" />
      <source>refers to an unknown commission "{uid}"</source>
      <translation>ссылка на неизвестную комиссию «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="809" />
      <source>refers to an unknown control point</source>
      <translation>ссылка на неизвестный контрольный срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="728" />
      <source>refers to an unknown decision "{uid}"</source>
      <translation>ссылка на неизвестное решение «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="535" />
      <source>refers to an unknown organisation "{uid}"</source>
      <translation>ссылка на неизвестную организацию «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="499" />
      <source>refers to an unknown person "{uid}"</source>
      <translation>ссылка на неизвестное лицо «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="834" />
      <source>the new date {new} must be later than the old one {old}</source>
      <translation>новая дата {new} должна быть позже прежней ({old})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="812" />
      <source>{date} is before the instruction was issued</source>
      <translation>дата {date} раньше даты выдачи поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="745" />
      <source>{msg}</source>
      <translation>{msg}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="137" />
      <source>{name} appears twice in the attendance list.</source>
      <translation>В списке участников заседания дважды указано одно и то же лицо: {name}. Удалите повтор.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="294" />
      <source>{name} has no instructions in session {label}.</source>
      <translation>По заседанию {label} нет поручений для исполнителя {name}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="148" />
      <source>{name} is marked present and absent at once.</source>
      <translation>{name}: одновременно отмечены присутствие и отсутствие. Оставьте только одну отметку.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/documents.py" line="153" />
      <source>{n} text(s) have no {lang} version: {items}. Fill them in, or print with the other language marked (--allow-mixed).</source>
      <translation>Текстов без версии на языке «{lang}»: {n} — {items}. Заполните их или печатайте с пометкой другого языка (--allow-mixed).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="172" />
      <source>{path} cannot be restored: the compressed backup is damaged ({detail}). Nothing was changed.</source>
      <translation>{path} нельзя восстановить: сжатая резервная копия повреждена ({detail}). Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="444" />
      <source>{path} cannot be restored: {problems}. Nothing was changed.</source>
      <translation>Восстановление из файла {path} невозможно: {problems}. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1211" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} — это папка, а не файл базы данных. Укажите путь к файлу.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1352" />
      <source>{path} is another program's SQLite file, not a database of this program. It was not changed. Check the path.</source>
      <translation>{path} — файл SQLite другой программы, а не база данных этой программы. Он не изменён. Проверьте путь.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="449" />
      <source>{path} is not UTF-8 text (byte {pos}).</source>
      <translation>Файл {path} не является текстом в кодировке UTF-8 (байт {pos}). Сохраните файл в кодировке UTF-8.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1318" />
      <source>{path} is not a database of this program: it is not an SQLite file. Check the path; if it was the commission's database, it is damaged: restore the newest good backup.</source>
      <translation>{path} — не база данных этой программы: это не файл SQLite. Проверьте путь; если это была база данных комиссии, она повреждена: восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1228" />
      <source>{path} is not a regular file (a device, a pipe or a socket), so it cannot hold a database. Give the path of a database file.</source>
      <translation>{path} — не обычный файл (устройство, канал или сокет), в нём не может быть базы данных. Укажите путь к файлу базы данных.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="459" />
      <source>{path} is not valid JSON: {msg} at line {line}, column {col}.</source>
      <translation>Файл {path} содержит ошибку в формате JSON: {msg} (строка {line}, столбец {col}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="440" />
      <source>{path} is {mb} MB; an interchange file may be at most {limit} MB.</source>
      <translation>Размер файла {path} — {mb} МБ; размер файла обмена не может превышать {limit} МБ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/paths.py" line="52" />
      <source>{text} is an address, not a file: this version keeps the record in a database file. Give the file's path (e.g. --db anticorr.sqlite3).</source>
      <translation>{text} — это адрес, а не файл: эта версия хранит данные в файле базы данных. Укажите путь к файлу (например, --db anticorr.sqlite3).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="40" />
      <source>{what} is empty. Fill it in.</source>
      <translation>Поле «{what}» не заполнено. Заполните его.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="42" />
      <source>{what} is too long ({n} characters); the limit is {limit}.</source>
      <translation>Поле «{what}» слишком длинное (символов: {n}); допускается не более {limit}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="123" />
      <source>{what} must be between {lo} and {hi}; {value} is outside.</source>
      <translation>{what}: допустимо от {lo} до {hi}, указано {value}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="234" />
      <source>до 10:00 15 марта 2025 года, 15.03.2025 до 18:00</source>
      <translation>до 10:00 15 марта 2025 года, 15.03.2025 до 18:00</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="256" />
      <source>до 31 августа 2025 года, до конца сентября 2025 года, в сентябре 2025 года</source>
      <translation>до 31 августа 2025 года, до конца сентября 2025 года, в сентябре 2025 года</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../anticorr_desktop/exports/xlsx_export.py" line="55" />
      <source>(no executor)</source>
      <translation>(без исполнителя)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/xlsx_export.py" line="53" />
      <source>All</source>
      <translation>Все</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="65" />
      <source>Cannot replace {path}: the file is open in another program or writing there is not permitted.</source>
      <translation>Не удаётся заменить файл {path}: он открыт в другой программе, или запись в это место запрещена. Закройте файл или выберите другое место.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="106" />
      <source>Co-executors</source>
      <translation>Соисполнители</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="103" />
      <source>Commission</source>
      <translation>Комиссия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="59" />
      <source>Control point</source>
      <translation>Контрольный срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="107" />
      <source>Controller</source>
      <translation>Контролирующее лицо</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="73" />
      <source>Could not write {path}: {reason}</source>
      <translation>Не удалось записать файл {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="111" />
      <source>Current due date</source>
      <translation>Текущий срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="114" />
      <source>Days overdue</source>
      <translation>Дней просрочки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="115" />
      <source>Done on</source>
      <translation>Дата исполнения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="109" />
      <source>Due (as worded)</source>
      <translation>Срок (формулировка)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="59" />
      <source>Export cancelled</source>
      <translation>Экспорт отменён</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="112" />
      <source>Extensions</source>
      <translation>Продлений срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="104" />
      <source>Instruction</source>
      <translation>Поручение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="57" />
      <source>Instructions</source>
      <translation>Поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="56" />
      <source>Instructions of the anti-corruption commission</source>
      <translation>Поручения комиссии по противодействию коррупции</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="108" />
      <source>Issued</source>
      <translation>Дата выдачи</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="105" />
      <source>Main executor</source>
      <translation>Основной исполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="100" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="110" />
      <source>Original due date</source>
      <translation>Первоначальный срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="117" />
      <source>Outgoing numbers</source>
      <translation>Исходящие номера</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/ics_export.py" line="58" />
      <source>Overdue</source>
      <translation>Просроченные</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="101" />
      <source>Protocol</source>
      <translation>Протокол</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="121" />
      <source>Reasons for extensions</source>
      <translation>Причины продления</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="116" />
      <source>Reports</source>
      <translation>Отчёты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="102" />
      <source>Session date</source>
      <translation>Дата заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/exports/common.py" line="113" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
  </context>
  <context>
    <name>FileNames</name>
    <message>
      <location filename="../../anticorr_desktop/services/documents.py" line="121" />
      <source>Extract of minutes No. {number} of {date} ({lang}) - {name}.pdf</source>
      <translation>Выписка из протокола № {number} от {date} ({lang}) - {name}.pdf</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/documents.py" line="106" />
      <source>Minutes No. {number} of {date} ({lang}).pdf</source>
      <translation>Протокол № {number} от {date} ({lang}).pdf</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="231" />
      <source>1. Add the members in the directory</source>
      <translation>1. Добавить членов комиссии в справочник</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="234" />
      <source>2. Create the first session</source>
      <translation>2. Создать первое заседание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="89" />
      <source>Chair, first name:</source>
      <translation>Председатель, имя:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="90" />
      <source>Chair, patronymic:</source>
      <translation>Председатель, отчество:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="91" />
      <source>Chair, position:</source>
      <translation>Председатель, должность:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="88" />
      <source>Chair, surname:</source>
      <translation>Председатель, фамилия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="87" />
      <source>City:</source>
      <translation>Город:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="86" />
      <source>Commission name (Kazakh):</source>
      <translation>Наименование комиссии (на казахском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="85" />
      <source>Commission name (Russian):</source>
      <translation>Наименование комиссии (на русском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="236" />
      <source>Later</source>
      <translation>Позже</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="216" />
      <source>Load the demo (the Almaty commission, sessions of 2024)</source>
      <translation>Загрузить демонстрационные данные (комиссия г. Алматы, заседания 2024 года)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="93" />
      <source>Secretary, first name:</source>
      <translation>Секретарь, имя:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="94" />
      <source>Secretary, patronymic:</source>
      <translation>Секретарь, отчество:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="97" />
      <source>Secretary, position:</source>
      <translation>Секретарь, должность:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="92" />
      <source>Secretary, surname:</source>
      <translation>Секретарь, фамилия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="76" />
      <source>Set up the commission</source>
      <translation>Создание комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="220" />
      <source>Set up the commission…</source>
      <translation>Создать комиссию…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="221" />
      <source>Start empty</source>
      <translation>Начать с пустой базы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="78" />
      <source>The chair and the secretary are enough to start; add the members in the directory later.</source>
      <translation>Для начала работы достаточно указать председателя и секретаря; членов комиссии можно добавить позже в справочнике.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="223" />
      <source>The commission is set up. Next, add its members (and the executors) to the directory; then create the first session: its attendance, agenda, decisions and instructions. F1 opens the user guide at any time.</source>
      <translation>Комиссия создана. Дальше добавьте её членов (и исполнителей) в справочник, затем создайте первое заседание: явку, повестку, решения и поручения. F1 в любой момент открывает руководство пользователя.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="211" />
      <source>The database is empty. How would you like to start?</source>
      <translation>База данных пуста. С чего вы хотите начать?</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="209" />
      <source>Welcome to AntiCorr Desktop</source>
      <translation>Добро пожаловать в AntiCorr Desktop</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="102" />
      <source>e.g. Комиссия по вопросам противодействия коррупции при акимате города …</source>
      <translation>например, Комиссия по вопросам противодействия коррупции при акимате города …</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/first_run.py" line="108" />
      <source>e.g. г. Алматы</source>
      <translation>например, г. Алматы</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../anticorr_desktop/ui/help.py" line="85" />
      <source>User guide</source>
      <translation>Руководство пользователя</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="253" />
      <source>Deadline extended</source>
      <translation>Срок продлён</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="336" />
      <source>Due date: {old} → {new}</source>
      <translation>Срок: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="268" />
      <source>Issued</source>
      <translation>Поручение дано</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="452" />
      <source>Report accepted</source>
      <translation>Отчёт принят</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="314" />
      <source>Report received</source>
      <translation>Отчёт получен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="453" />
      <source>Returned for rework</source>
      <translation>Возвращено на доработку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="279" />
      <source>Status: {old} → {new}</source>
      <translation>Статус: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="346" />
      <source>Status: {status}</source>
      <translation>Статус: {status}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="301" />
      <source>Text edited</source>
      <translation>Текст изменён</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="177" />
      <source>Agenda item title</source>
      <translation>Наименование вопроса повестки дня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="118" />
      <source>Approved</source>
      <translation>Утверждено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="465" />
      <source>Basis for taking off control</source>
      <translation>Основание снятия с контроля</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="107" />
      <source>Cancelled</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="121" />
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="48" />
      <source>Commission name</source>
      <translation>Наименование комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="257" />
      <source>Decision text</source>
      <translation>Текст решения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="122" />
      <source>Deputy chair</source>
      <translation>Заместитель председателя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="105" />
      <source>Done</source>
      <translation>Исполнено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="116" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="111" />
      <source>Extended</source>
      <translation>Расширенное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="112" />
      <source>Extraordinary</source>
      <translation>Внеочередное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="117" />
      <source>Held</source>
      <translation>Проведено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="165" />
      <source>Instruction text</source>
      <translation>Текст поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="124" />
      <source>Member</source>
      <translation>Член комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="113" />
      <source>Off-site</source>
      <translation>Выездное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="102" />
      <source>On control</source>
      <translation>На контроле</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="450" />
      <source>Reason for cancelling</source>
      <translation>Причина отмены</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="481" />
      <source>Reason for putting back on control</source>
      <translation>Причина возврата на контроль</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="123" />
      <source>Reason for reopening</source>
      <translation>Причина повторного открытия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="366" />
      <source>Reason for rework</source>
      <translation>Причина возврата на доработку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="404" />
      <source>Reason for the extension</source>
      <translation>Причина продления срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="110" />
      <source>Regular</source>
      <translation>Очередное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="103" />
      <source>Report received</source>
      <translation>Отчёт получен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="284" />
      <source>Report text</source>
      <translation>Текст отчёта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="104" />
      <source>Returned for rework</source>
      <translation>Возвращено на доработку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="123" />
      <source>Secretary</source>
      <translation>Секретарь</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="15" />
      <source>Short name</source>
      <translation>Краткое наименование</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="23" />
      <source>Surname</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="106" />
      <source>Taken off control</source>
      <translation>Снято с контроля</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="405" />
      <source>Who decided</source>
      <translation>Кто принял решение</translation>
    </message>
  </context>
  <context>
    <name>Layout</name>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="25" />
      <source>The bottom margin</source>
      <translation>Нижнее поле</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="22" />
      <source>The left margin</source>
      <translation>Левое поле</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="29" />
      <source>The number of attendees listed in the minutes</source>
      <translation>Число присутствующих, перечисляемых в протоколе</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="23" />
      <source>The right margin</source>
      <translation>Правое поле</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="21" />
      <source>The table text size</source>
      <translation>Размер шрифта в таблицах</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="20" />
      <source>The text size</source>
      <translation>Размер шрифта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="24" />
      <source>The top margin</source>
      <translation>Верхнее поле</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="361" />
      <source>&amp;About AntiCorr Desktop</source>
      <translation>&amp;О программе AntiCorr Desktop</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="347" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="354" />
      <source>&amp;Find instructions</source>
      <translation>&amp;Найти поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="356" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="355" />
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="350" />
      <source>&amp;New session</source>
      <translation>Новое &amp;заседание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="348" />
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="349" />
      <source>&amp;Settings…</source>
      <translation>&amp;Настройки…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="357" />
      <source>&amp;User guide</source>
      <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="351" />
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="344" />
      <source>AntiCorr Desktop</source>
      <translation>AntiCorr Desktop</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="63" />
      <source>Directory</source>
      <translation>Справочник</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="53" />
      <source>Instructions</source>
      <translation>Поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="43" />
      <source>Overview</source>
      <translation>Обзор</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="58" />
      <source>Reports</source>
      <translation>Отчёты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="48" />
      <source>Sessions</source>
      <translation>Заседания</translation>
    </message>
  </context>
  <context>
    <name>Overview</name>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="224" />
      <source>Discipline</source>
      <translation>Дисциплина</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="165" />
      <source>Executive discipline in {year}</source>
      <translation>Исполнительская дисциплина за {year} год</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="227" />
      <source>Late</source>
      <translation>С нарушением срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="223" />
      <source>Main executor</source>
      <translation>Основной исполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="216" />
      <source>Nothing was due this year yet.</source>
      <translation>В этом году сроки исполнения поручений ещё не наступали.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="226" />
      <source>On time</source>
      <translation>В срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="171" />
      <source>On time × 100 / (on time + late + still overdue), over instructions and control dates due this year, by main executor. Up to 50% is poor, up to 75% needs attention, above is good.</source>
      <translation>В срок × 100 / (в срок + с нарушением срока + просрочено на сегодня) — по поручениям и контрольным срокам, наступающим в этом году, в разрезе основных исполнителей. До 50% — низкая, до 75% — требует внимания, выше — хорошая.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="79" />
      <source>Open these in the tracker</source>
      <translation>Открыть эти поручения на странице «Поручения»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="232" />
      <source>Open this executor's instructions in the tracker</source>
      <translation>Открыть поручения этого исполнителя на странице «Поручения»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="228" />
      <source>Overdue</source>
      <translation>Просрочено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="152" />
      <source>Overview as of {date}</source>
      <translation>Обзор на {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="197" />
      <source>done late in {year}</source>
      <translation>исполнено с нарушением срока в {year} году</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="194" />
      <source>due within {n} working days (by {date})</source>
      <translation>срок в течение {n} рабочих дней (до {date})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="85" />
      <source>good</source>
      <translation>хорошая</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="84" />
      <source>needs attention</source>
      <translation>требует внимания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="86" />
      <source>nothing due yet</source>
      <translation>сроки ещё не наступили</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="192" />
      <source>open instructions</source>
      <translation>поручений на исполнении</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="193" />
      <source>overdue now</source>
      <translation>просрочено на сегодня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="83" />
      <source>poor</source>
      <translation>низкая</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/overview.py" line="256" />
      <source>{n} more executors: see the discipline report on the Reports page.</source>
      <translation>Ещё исполнителей: {n}. Полные данные — в отчёте об исполнительской дисциплине на странице «Отчёты».</translation>
    </message>
  </context>
  <context>
    <name>Print</name>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="147" />
      <source>&amp;Open in the PDF viewer</source>
      <translation>&amp;Открыть в программе просмотра PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="149" />
      <source>&amp;Print on the default printer</source>
      <translation>&amp;Напечатать на принтере по умолчанию</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="50" />
      <source>No printing system was found.</source>
      <translation>Система печати не найдена.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="126" />
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="129" />
      <source>Ready to print: {name}</source>
      <translation>Готово к печати: {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="135" />
      <source>Ready to print: {n} documents</source>
      <translation>Готово к печати документов: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="110" />
      <source>The document was not printed: {problem}
Open it in the PDF viewer and print it from there.</source>
      <translation>Документ не напечатан: {problem}
Откройте его в программе просмотра PDF и напечатайте оттуда.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/printing.py" line="140" />
      <source>The program shows documents in your PDF viewer: look the document over there and print it with Ctrl+P, choosing the printer and the pages. Or print it at once on the default printer.</source>
      <translation>Программа показывает документы в вашей программе просмотра PDF: просмотрите документ там и напечатайте его по Ctrl+P, выбрав принтер и страницы. Или сразу напечатайте его на принтере по умолчанию.</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="62" />
      <source>AntiCorr Desktop: instructions to watch</source>
      <translation>AntiCorr Desktop: поручения, требующие внимания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="80" />
      <source>Due within {days} working days (by {date}): {n}.</source>
      <translation>Срок истекает в течение {days} раб. дн. (до {date}): {n}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="74" />
      <source>Overdue since the last reminder: {n} (overdue in all: {total}).</source>
      <translation>Просрочено после предыдущего напоминания: {n} (всего просрочено: {total}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="68" />
      <source>Overdue: {n}.</source>
      <translation>Просрочено: {n}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="235" />
      <source>Show due soon</source>
      <translation>Показать поручения с близким сроком</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/overview/reminders.py" line="229" />
      <source>Show overdue</source>
      <translation>Показать просроченные</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="869" />
      <source>&amp;Print</source>
      <translation>&amp;Печать</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="931" />
      <source>, comma</source>
      <translation>, запятая</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="930" />
      <source>; semicolon (Excel in Russian)</source>
      <translation>; точка с запятой (Excel на русском языке)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="860" />
      <source>All executors (a file each, into a folder)</source>
      <translation>Все исполнители (отдельный файл для каждого, в папку)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="402" />
      <source>All instructions ({n})</source>
      <translation>Все поручения ({n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="764" />
      <source>AntiCorr JSON files (*.json)</source>
      <translation>Файлы JSON AntiCorr (*.json)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="818" />
      <source>AntiCorr JSON files (*.json);;All files (*)</source>
      <translation>Файлы JSON AntiCorr (*.json);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="918" />
      <source>As of:</source>
      <translation>На дату:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="761" />
      <source>CSV files (*.csv)</source>
      <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="927" />
      <source>CSV separator:</source>
      <translation>Разделитель CSV:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="939" />
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="941" />
      <source>Calendar (ICS)…</source>
      <translation>Календарь (ICS)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="763" />
      <source>Calendars (*.ics)</source>
      <translation>Календари (*.ics)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="960" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="559" />
      <source>Cancelled; nothing was written.</source>
      <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="520" />
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="924" />
      <source>Discipline report (PDF)…</source>
      <translation>Отчёт о дисциплине (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="940" />
      <source>Excel (XLSX)…</source>
      <translation>Excel (XLSX)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="762" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="937" />
      <source>Excel: a sheet for each main executor</source>
      <translation>Excel: отдельный лист для каждого основного исполнителя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="920" />
      <source>Executive discipline</source>
      <translation>Исполнительская дисциплина</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="805" />
      <source>Exporting the task list…</source>
      <translation>Выгрузка списка поручений…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="905" />
      <source>Extract for:</source>
      <translation>Выписка для:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="907" />
      <source>Extracts (PDF)…</source>
      <translation>Выписки (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="909" />
      <source>Extracts (Word)…</source>
      <translation>Выписки (Word)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="693" />
      <source>Extracts written: {n}, into {path}</source>
      <translation>Сформировано выписок: {n}, папка: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="661" />
      <source>Folder for the extracts (a file each)</source>
      <translation>Папка для выписок (отдельный файл для каждого исполнителя)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="898" />
      <source>For each main executor, of the instructions due in the period: on time × 100 / (on time + late + still overdue).</source>
      <translation>По каждому основному исполнителю, по поручениям со сроком в пределах периода: в срок × 100 / (в срок + с нарушением срока + просрочено).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="921" />
      <source>From:</source>
      <translation>С:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="950" />
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="816" />
      <source>Import a JSON file</source>
      <translation>Импорт файла JSON</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="959" />
      <source>Import a JSON file…</source>
      <translation>Импортировать файл JSON…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="839" />
      <source>Imported: {created} new, {updated} changed, {unchanged} unchanged.</source>
      <translation>Импорт завершён: новых записей — {created}, изменённых — {updated}, без изменений — {unchanged}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="849" />
      <source>Importing {name}…</source>
      <translation>Импорт файла {name}…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="891" />
      <source>Instructions still open after their due date, by main executor, with the days overdue, the extensions and the last report.</source>
      <translation>Поручения, не исполненные в срок, в разрезе основных исполнителей — с количеством дней просрочки, продлениями срока и последним отчётом.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="800" />
      <source>Instructions written: {n}, to {path}</source>
      <translation>Записано поручений: {n}, файл: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="942" />
      <source>JSON…</source>
      <translation>JSON…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="868" />
      <source>Language of the documents:</source>
      <translation>Язык документов:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="906" />
      <source>Minutes (PDF)…</source>
      <translation>Протокол (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="908" />
      <source>Minutes (Word)…</source>
      <translation>Протокол (Word)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="882" />
      <source>Minutes and extracts</source>
      <translation>Протоколы и выписки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="353" />
      <source>No. {number} of {date}</source>
      <translation>№ {number} от {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="961" />
      <source>Open folder</source>
      <translation>Открыть папку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="917" />
      <source>Overdue instructions</source>
      <translation>Просроченные поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="919" />
      <source>Overdue report (PDF)…</source>
      <translation>Отчёт о просроченных (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="598" />
      <source>PDF documents (*.pdf)</source>
      <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="871" />
      <source>Print a document of this page, with its choices (session, dates)</source>
      <translation>Напечатать документ этой страницы с выбранными параметрами (заседание, даты)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="910" />
      <source>Save as Word: a copy to edit, with the same text as the PDF. The record stays the program's; the copy's footer says so.</source>
      <translation>Сохранить в Word: копия для правки с тем же текстом, что и PDF. Документом остаётся запись в программе; это сказано в нижнем колонтитуле копии.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="731" />
      <source>Save the discipline report</source>
      <translation>Сохранение отчёта об исполнительской дисциплине</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="670" />
      <source>Save the extract</source>
      <translation>Сохранение выписки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="636" />
      <source>Save the minutes</source>
      <translation>Сохранение протокола</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="708" />
      <source>Save the overdue report</source>
      <translation>Сохранение отчёта о просроченных поручениях</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="767" />
      <source>Save the task list</source>
      <translation>Сохранение списка поручений</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="591" />
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="904" />
      <source>Session:</source>
      <translation>Заседание:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="952" />
      <source>Sessions and the directory from another copy of the program. The whole file is checked before anything is written, and the database is backed up first; importing the same file again changes nothing.</source>
      <translation>Заседания и справочник из другой копии программы. Перед записью проверяется весь файл, а перед импортом создаётся резервная копия базы данных; повторный импорт того же файла ничего не меняет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="926" />
      <source>Task list</source>
      <translation>Список поручений</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="944" />
      <source>The calendar holds the due dates of open instructions, for Outlook or a phone. JSON is the program's own format: another copy of AntiCorr Desktop imports it.</source>
      <translation>Календарь содержит сроки неисполненных поручений — для Outlook или телефона. JSON — собственный формат программы: его можно импортировать в другую копию AntiCorr Desktop.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="843" />
      <source>The database was backed up first: {path}</source>
      <translation>Перед импортом создана резервная копия базы данных: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="879" />
      <source>The discipline report</source>
      <translation>Отчёт об исполнительской дисциплине</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="877" />
      <source>The extracts (or the extract)</source>
      <translation>Выписки (или выписку)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="408" />
      <source>The instructions the tracker lists now (open the tracker first)</source>
      <translation>Поручения, показанные сейчас на странице «Поручения» (сначала откройте эту страницу)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="415" />
      <source>The instructions the tracker lists now, with its filters ({n})</source>
      <translation>Поручения, показанные сейчас на странице «Поручения», с учётом фильтров ({n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="884" />
      <source>The minutes of a session, and the extracts that go to each executor with their instructions only.</source>
      <translation>Протокол заседания и выписки из него для исполнителей — каждому только с его поручениями.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="876" />
      <source>The minutes of the session</source>
      <translation>Протокол заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="878" />
      <source>The overdue report</source>
      <translation>Отчёт о просроченных поручениях</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="407" />
      <source>The tracker's list (open it first)</source>
      <translation>Список на странице «Поручения» (откройте её)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="412" />
      <source>The tracker's list ({n})</source>
      <translation>Список на странице «Поручения» ({n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="597" />
      <source>Word documents (*.docx)</source>
      <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="735" />
      <source>Writing the discipline report…</source>
      <translation>Формирование отчёта об исполнительской дисциплине…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="699" />
      <source>Writing the extracts…</source>
      <translation>Формирование выписок…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="640" />
      <source>Writing the minutes…</source>
      <translation>Формирование протокола…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="710" />
      <source>Writing the overdue report…</source>
      <translation>Формирование отчёта о просроченных поручениях…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="732" />
      <source>discipline-{start}-{end}</source>
      <translation>дисциплина-{start}-{end}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="768" />
      <source>instructions-{date}</source>
      <translation>поручения-{date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="637" />
      <source>minutes-{year}-{number}</source>
      <translation>протокол-{year}-{number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="709" />
      <source>overdue-{date}</source>
      <translation>просроченные-{date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="932" />
      <source>tab</source>
      <translation>табуляция</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="922" />
      <source>to:</source>
      <translation>по:</translation>
    </message>
  </context>
  <context>
    <name>SessionEditor</name>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="181" />
      <source> (no day written: day {day} of the month after each period)</source>
      <translation> (число не указано: {day} число месяца, следующего за каждым периодом)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="127" />
      <source> (no vote)</source>
      <translation> (без права голоса)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="95" />
      <source> (revision {n})</source>
      <translation> (редакция {n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="174" />
      <source> … ({n} control dates in the year)</source>
      <translation> … (контрольных сроков в году: {n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="218" />
      <source>&amp;Commission:</source>
      <translation>&amp;Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="220" />
      <source>&amp;Date:</source>
      <translation>&amp;Дата:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="333" />
      <source>&amp;Decision:</source>
      <translation>&amp;Решение:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="161" />
      <source>&amp;Folder:</source>
      <translation>&amp;Папка:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="155" />
      <source>&amp;Language:</source>
      <translation>&amp;Язык:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="219" />
      <source>&amp;Number:</source>
      <translation>&amp;Номер:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="221" />
      <source>&amp;Place:</source>
      <translation>&amp;Место:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="39" />
      <source>&amp;Reason:</source>
      <translation>&amp;Причина:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="230" />
      <source>&amp;Time:</source>
      <translation>Вр&amp;емя:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="348" />
      <source>&amp;Title:</source>
      <translation>&amp;Наименование:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="367" />
      <source>&amp;Vote taken:</source>
      <translation>&amp;Голосование:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="62" />
      <source>(no text yet)</source>
      <translation>(текст ещё не введён)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="75" />
      <source>(no title yet)</source>
      <translation>(наименование ещё не введено)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="231" />
      <source>15:00</source>
      <translation>15:00</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="220" />
      <source>; moved from {date}</source>
      <translation>; перенесено с {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="464" />
      <source>A Word copy to edit, with the same text as the PDF. The record stays the program's; the copy's footer says so.</source>
      <translation>Копия в Word для правки с тем же текстом, что и PDF. Документом остаётся запись в программе; это сказано в нижнем колонтитуле копии.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="60" />
      <source>Absence reason</source>
      <translation>Причина отсутствия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="357" />
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="326" />
      <source>Add decision</source>
      <translation>Добавить решение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="344" />
      <source>Add item</source>
      <translation>Добавить вопрос</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="262" />
      <source>Add speaker</source>
      <translation>Добавить выступающего</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="366" />
      <source>Agenda</source>
      <translation>Повестка дня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="325" />
      <source>Agenda &amp;item:</source>
      <translation>&amp;Вопрос повестки дня:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/drafts.py" line="359" />
      <source>Agenda item {n}</source>
      <translation>Пункт повестки {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="458" />
      <source>An extract of the minutes for each executor, one PDF file each</source>
      <translation>Выписка из протокола для каждого исполнителя, отдельным файлом PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="120" />
      <source>Approve the minutes</source>
      <translation>Утверждение протокола</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="108" />
      <source>Approve the minutes of this session? An approved session is read-only; changing it later needs reopening with a reason.</source>
      <translation>Утвердить протокол этого заседания? Утверждённое заседание доступно только для чтения; чтобы изменить его позже, его нужно будет повторно открыть с указанием причины.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="388" />
      <source>Approved — read-only. To change the minutes, reopen the session with a reason.</source>
      <translation>Утверждено — только для чтения. Чтобы изменить протокол, откройте заседание повторно, указав причину.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="154" />
      <source>Approve…</source>
      <translation>Утвердить…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="365" />
      <source>Attendance</source>
      <translation>Участники</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="224" />
      <source>C&amp;hair:</source>
      <translation>&amp;Председатель:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="415" />
      <source>Cancelled.</source>
      <translation>Отменено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="344" />
      <source>Choose an agenda item above, then add its decisions with "Add decision".</source>
      <translation>Выберите вопрос повестки дня выше, затем добавьте решения по нему кнопкой «Добавить решение».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="163" />
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="386" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="111" />
      <source>Co-executor</source>
      <translation>Соисполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="346" />
      <source>Contro&amp;ller:</source>
      <translation>&amp;Контролирующее лицо:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="347" />
      <source>D&amp;ue:</source>
      <translation>&amp;Срок:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/drafts.py" line="372" />
      <source>Decision {number}</source>
      <translation>Решение {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="369" />
      <source>Decisions and instructions</source>
      <translation>Решения и поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="345" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="312" />
      <source>Delete agenda item {n} with its speakers and decisions? It is removed from the database when you save.</source>
      <translation>Удалить вопрос повестки дня № {n} вместе с выступающими и решениями? Из базы данных он будет удалён при сохранении.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="300" />
      <source>Delete item</source>
      <translation>Удаление вопроса</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="347" />
      <source>Down</source>
      <translation>Вниз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="158" />
      <source>E&amp;xecutors:</source>
      <translation>&amp;Исполнители:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="147" />
      <source>Each ticked executor gets a file with the decisions addressed to them.</source>
      <translation>Для каждого отмеченного исполнителя формируется отдельный файл с адресованными ему решениями.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="59" />
      <source>Executor</source>
      <translation>Исполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="145" />
      <source>Extracts of the minutes</source>
      <translation>Выписки из протокола</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="442" />
      <source>Extracts…</source>
      <translation>Выписки…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="138" />
      <source>Folder for the extracts</source>
      <translation>Папка для выписок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="364" />
      <source>Header</source>
      <translation>Общие сведения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="50" />
      <source>Heard</source>
      <translation>Слушали</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="57" />
      <source>Heard / spoke</source>
      <translation>Слушали / выступили</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="334" />
      <source>In Ka&amp;zakh:</source>
      <translation>На ка&amp;захском:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="147" />
      <source>In the minutes: «{words}»</source>
      <translation>В протоколе: «{words}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="341" />
      <source>Instruction &amp;text:</source>
      <translation>&amp;Текст поручения:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="224" />
      <source>Instruction No. {number}</source>
      <translation>Поручение № {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/drafts.py" line="386" />
      <source>Instruction {number}</source>
      <translation>Поручение {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="251" />
      <source>Instruction: put this decision on control</source>
      <translation>Поручение: взять это решение на контроль</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="245" />
      <source>Instruction: {status}</source>
      <translation>Поручение: {status}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="325" />
      <source>Invite</source>
      <translation>Пригласить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="324" />
      <source>Invited</source>
      <translation>Приглашённые</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="367" />
      <source>Issued: the executors, controller and due date are fixed here. Extend the deadline or cancel the instruction in the tracker.</source>
      <translation>Поручение дано: исполнители, контролирующее лицо и срок здесь не изменяются. Продлить срок или отменить поручение можно на странице «Поручения».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="301" />
      <source>Item {n} has instructions on control, so it cannot be deleted. Cancel the instructions in the tracker first, or keep the item.</source>
      <translation>По вопросу № {n} есть поручения на контроле, поэтому удалить его нельзя. Сначала отмените эти поручения на странице «Поручения» или оставьте вопрос.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="223" />
      <source>K&amp;ind of session:</source>
      <translation>&amp;Вид заседания:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="153" />
      <source>Kazakh</source>
      <translation>Казахский</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="109" />
      <source>Main executor</source>
      <translation>Основной исполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="365" />
      <source>Making the extracts…</source>
      <translation>Формирование выписок…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="322" />
      <source>Making the minutes…</source>
      <translation>Формирование протокола…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="316" />
      <source>Mark all present</source>
      <translation>Отметить всех присутствующими</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="153" />
      <source>Mark as held</source>
      <translation>Отметить как проведённое</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="58" />
      <source>Member</source>
      <translation>Член комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="441" />
      <source>Minutes (KZ)</source>
      <translation>Протокол (KZ)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="440" />
      <source>Minutes (RU)</source>
      <translation>Протокол (RU)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="474" />
      <source>Minutes in Kazakh</source>
      <translation>Протокол на казахском языке</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="450" />
      <source>Minutes in Kazakh…</source>
      <translation>Протокол на казахском языке…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="471" />
      <source>Minutes in Russian</source>
      <translation>Протокол на русском языке</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="449" />
      <source>Minutes in Russian…</source>
      <translation>Протокол на русском языке…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="226" />
      <source>N&amp;otes:</source>
      <translation>Пр&amp;имечания:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="257" />
      <source>Name (directory or any)</source>
      <translation>ФИО (из справочника или любое)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="399" />
      <source>New session</source>
      <translation>Новое заседание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_widgets.py" line="213" />
      <source>No quorum: {present} of {total} present, {required} needed</source>
      <translation>Кворума нет: присутствуют {present} из {total}, требуется {required}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_widgets.py" line="203" />
      <source>No voting members on the roster on this date: check the commission's membership in the directory.</source>
      <translation>На эту дату в составе комиссии нет членов с правом голоса: проверьте состав комиссии в справочнике.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="241" />
      <source>Not printed in the minutes</source>
      <translation>В протокол не выводится</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="114" />
      <source>Note: the attendance recorded has no quorum.</source>
      <translation>Внимание: по отмеченному присутствию кворума нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="59" />
      <source>On what</source>
      <translation>Тема выступления</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="329" />
      <source>Only a decision not saved yet can be removed</source>
      <translation>Удалить можно только ещё не сохранённое решение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="305" />
      <source>PDF documents (*.pdf)</source>
      <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="238" />
      <source>Pick the date in a calendar</source>
      <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="222" />
      <source>Place in Ka&amp;zakh:</source>
      <translation>Место на ка&amp;захском:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="57" />
      <source>Present</source>
      <translation>Присутствует</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="443" />
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="445" />
      <source>Print the minutes (the extracts: on the Reports page)</source>
      <translation>Напечатать протокол (выписки — на странице «Отчёты»)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_widgets.py" line="209" />
      <source>Quorum present: {present} of {total}, {required} needed</source>
      <translation>Кворум имеется: присутствуют {present} из {total}, требуется {required}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="326" />
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="30" />
      <source>Reopen the session</source>
      <translation>Повторное открытие заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="155" />
      <source>Reopen…</source>
      <translation>Открыть повторно…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="59" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="152" />
      <source>Russian</source>
      <translation>Русский</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="225" />
      <source>S&amp;ecretary:</source>
      <translation>&amp;Секретарь:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="352" />
      <source>S&amp;ummary:</source>
      <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="382" />
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="462" />
      <source>Save as Word…</source>
      <translation>Сохранить в Word…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="384" />
      <source>Save the changes (Ctrl+S)</source>
      <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="340" />
      <source>Save the changes to this session before closing?</source>
      <translation>Сохранить изменения в этом заседании перед закрытием?</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="308" />
      <source>Save the minutes as</source>
      <translation>Сохранить протокол как</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="418" />
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="401" />
      <source>Session No. {number} of {date}</source>
      <translation>Заседание № {number} от {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="58" />
      <source>Speaker</source>
      <translation>Выступающий</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="250" />
      <source>Speakers: heard (СЛУШАЛИ) and spoke (ВЫСТУПИЛИ)</source>
      <translation>Выступающие: СЛУШАЛИ и ВЫСТУПИЛИ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="51" />
      <source>Spoke</source>
      <translation>Выступили</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="99" />
      <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
      <translation>Статус: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="477" />
      <source>Stop</source>
      <translation>Остановить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="61" />
      <source>Substitute</source>
      <translation>Замещающее лицо</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="379" />
      <source>The agenda is empty. Add its first item with "Add item".</source>
      <translation>Повестка дня пуста. Добавьте первый вопрос кнопкой «Добавить вопрос».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="343" />
      <source>The decision's text, unless changed</source>
      <translation>Текст решения, если не изменён</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="455" />
      <source>The minutes in Kazakh, as a PDF file</source>
      <translation>Протокол на казахском языке в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="452" />
      <source>The minutes in Russian, as a PDF file</source>
      <translation>Протокол на русском языке в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="32" />
      <source>The minutes were approved. Reopening records the reason and raises the revision printed on the minutes.</source>
      <translation>Протокол утверждён. При повторном открытии фиксируется причина, а номер редакции, указываемый в протоколе, увеличивается.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="246" />
      <source>The number is proposed as the next free one of the year; change it if the commission numbers its sessions differently. The chair and the secretary sign the minutes.</source>
      <translation>Предлагается следующий свободный номер в году; измените его, если комиссия нумерует заседания иначе. Протокол подписывают председатель и секретарь.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="157" />
      <source>The session took place: the minutes can be approved next</source>
      <translation>Заседание состоялось: после этого протокол можно утвердить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="111" />
      <source>Tick if the member is present</source>
      <translation>Отметьте, если член комиссии присутствует</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="318" />
      <source>Tick the members present. For an absent member type the reason and, if someone stands in, choose the substitute (who counts for the quorum).</source>
      <translation>Отметьте присутствующих членов комиссии. Для отсутствующего укажите причину и, если его кто-то замещает, выберите замещающее лицо (оно учитывается при определении кворума).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="350" />
      <source>Title in Ka&amp;zakh:</source>
      <translation>Наименование на ка&amp;захском:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="350" />
      <source>Type a name, then Add</source>
      <translation>ФИО, затем «Добавить»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="353" />
      <source>Type a name, then Add (the first is the main executor)</source>
      <translation>Введите ФИО и нажмите «Добавить» (первый — основной исполнитель)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="328" />
      <source>Type part of a name or position, then Invite</source>
      <translation>Введите часть ФИО или должности и нажмите «Пригласить»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="130" />
      <source>Type the due date as the minutes say it: до 25 декабря, в месячный срок, ежеквартально до 5 числа, постоянно.</source>
      <translation>Введите срок так, как он записан в протоколе: до 25 декабря, в месячный срок, ежеквартально до 5 числа, постоянно.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="233" />
      <source>Unsaved changes</source>
      <translation>Несохранённые изменения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="346" />
      <source>Up</source>
      <translation>Вверх</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="362" />
      <source>What was reported and discussed, in a few sentences</source>
      <translation>Что было доложено и обсуждено — в нескольких предложениях</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="362" />
      <source>Who watches the execution; the commission's controller if empty</source>
      <translation>Кто контролирует исполнение; если не указано — контролирующее лицо комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="303" />
      <source>Word documents (*.docx)</source>
      <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="373" />
      <source>abstained</source>
      <translation>воздержались</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="372" />
      <source>against</source>
      <translation>против</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="42" />
      <source>e.g. a typo in decision 1.2 noticed by the chair</source>
      <translation>например, опечатка в решении 1.2, замеченная председателем</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="336" />
      <source>e.g. Информацию принять к сведению.</source>
      <translation>например, Информацию принять к сведению.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="233" />
      <source>e.g. г. Алматы, пл. Республики, 4</source>
      <translation>например, г. Алматы, пл. Республики, 4</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="371" />
      <source>for</source>
      <translation>за</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="236" />
      <source>for the minutes in Kazakh; the Russian place if empty</source>
      <translation>для протокола на казахском; если не заполнено — место на русском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="339" />
      <source>for the minutes in Kazakh; the Russian text if empty</source>
      <translation>для протокола на казахском; если не заполнено — текст на русском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="357" />
      <source>for the minutes in Kazakh; the Russian title if empty</source>
      <translation>для протокола на казахском; если не заполнено — наименование на русском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="260" />
      <source>on what (optional)</source>
      <translation>тема выступления (необязательно)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="299" />
      <source>{name} is a member of the commission: tick them in the list above instead.</source>
      <translation>{name} — член комиссии: вместо приглашения отметьте присутствие в списке выше.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="307" />
      <source>«{name}» is not in the directory. Choose a person from the list as you type, or add them to the Directory first.</source>
      <translation>«{name}» нет в справочнике. Выберите человека из списка, который открывается при вводе, или сначала добавьте его в Справочник.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="354" />
      <source>О ... (as in the agenda)</source>
      <translation>О ... (как в повестке дня)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="242" />
      <source>до 25 декабря / в месячный срок</source>
      <translation>до 25 декабря / в месячный срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="245" />
      <source>до 25 декабря / в месячный срок / ежеквартально до 5 числа</source>
      <translation>до 25 декабря / в месячный срок / ежеквартально до 5 числа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="151" />
      <source>→ by the next session: open until it is scheduled</source>
      <translation>→ к следующему заседанию: открыто, пока оно не назначено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="177" />
      <source>→ control dates: {dates}</source>
      <translation>→ контрольные сроки: {dates}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="212" />
      <source>→ next control date: {date} ({weekday})</source>
      <translation>→ ближайший контрольный срок: {date} ({weekday})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="157" />
      <source>→ no deadline</source>
      <translation>→ без срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="164" />
      <source>→ ongoing: on control until the commission takes it off</source>
      <translation>→ постоянно: на контроле до снятия с контроля комиссией</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="154" />
      <source>→ tied to an event: kept as written, open with no date</source>
      <translation>→ привязано к событию: хранится как записано, открыто без даты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="203" />
      <source>→ {date} ({weekday})</source>
      <translation>→ {date} ({weekday})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="199" />
      <source>→ {date} ({weekday}; {written} is a day off)</source>
      <translation>→ {date} ({weekday}; {written} — выходной день)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="190" />
      <source>→ {date} is before the session ({session}); choose a later date.</source>
      <translation>→ {date} — раньше даты заседания ({session}); укажите более поздний срок.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="70" />
      <source>⤷ instruction, due: {due}</source>
      <translation>⤷ поручение, срок: {due}</translation>
    </message>
  </context>
  <context>
    <name>SessionView</name>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="103" />
      <source>Absent</source>
      <translation>Отсутствовали</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="121" />
      <source>Agenda and decisions</source>
      <translation>Повестка дня и решения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="70" />
      <source>Attendance</source>
      <translation>Участники заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="64" />
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="154" />
      <source>Decided</source>
      <translation>Постановили</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="183" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="182" />
      <source>Executors</source>
      <translation>Исполнители</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="214" />
      <source>Executors: {names}. Due: {due}. {status}.</source>
      <translation>Исполнители: {names}. Срок: {due}. {status}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="128" />
      <source>Heard</source>
      <translation>Слушали</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="181" />
      <source>Instruction</source>
      <translation>Поручение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="167" />
      <source>Instructions</source>
      <translation>Поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="293" />
      <source>Instructions in the tracker</source>
      <translation>Перейти к поручениям</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="98" />
      <source>Invited</source>
      <translation>Приглашённые</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="53" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="75" />
      <source>NO QUORUM</source>
      <translation>КВОРУМА НЕТ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="180" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="93" />
      <source>Present</source>
      <translation>Присутствовали</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="65" />
      <source>Secretary</source>
      <translation>Секретарь</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="44" />
      <source>Session No. {number} of {date}</source>
      <translation>Заседание № {number} от {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="290" />
      <source>Session {label}</source>
      <translation>Заседание {label}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="129" />
      <source>Spoke</source>
      <translation>Выступили</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="57" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="172" />
      <source>This session issued no instructions.</source>
      <translation>По итогам этого заседания поручения не давались.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="61" />
      <source>Time and place</source>
      <translation>Время и место</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="144" />
      <source>Vote: for {f}, against {a}, abstained {s}.</source>
      <translation>Голосование: за — {f}, против — {a}, воздержались — {s}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="80" />
      <source>Voting members present: {present} of {total}; {required} needed: {verdict}.</source>
      <translation>Присутствуют членов комиссии с правом голоса: {present} из {total}; требуется {required}: {verdict}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="194" />
      <source>overdue by {n} days</source>
      <translation>просрочено на {n} дн.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="73" />
      <source>quorum present</source>
      <translation>кворум имеется</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_view.py" line="112" />
      <source>replaced by {name}</source>
      <translation>замещает {name}</translation>
    </message>
  </context>
  <context>
    <name>Sessions</name>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="339" />
      <source>&amp;New session</source>
      <translation>&amp;Новое заседание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="260" />
      <source>A session belongs to a commission: set the commission up first (File → Settings → Commissions), then add its members in the Directory.</source>
      <translation>Заседание относится к комиссии: сначала заведите комиссию («Файл» → «Настройки…» → «Комиссии»), затем добавьте её членов в «Справочнике».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="102" />
      <source>Agenda</source>
      <translation>Повестка дня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="341" />
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="78" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="333" />
      <source>Double-click a session to edit it (an approved one opens for reading); Ctrl+N starts a new session.</source>
      <translation>Чтобы изменить заседание, дважды щёлкните по нему (утверждённое заседание открывается только для чтения); Ctrl+N — новое заседание.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="342" />
      <source>Edit</source>
      <translation>Изменить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="344" />
      <source>Header, attendance, agenda, decisions and instructions; documents</source>
      <translation>Общие сведения, участники, повестка дня, решения и поручения; документы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="91" />
      <source>Instructions</source>
      <translation>Поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="353" />
      <source>Its instructions in the tracker</source>
      <translation>Поручения заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="83" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="340" />
      <source>New session</source>
      <translation>Новое заседание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="259" />
      <source>No commission yet</source>
      <translation>Комиссия не создана</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="60" />
      <source>No. {number} of {year}</source>
      <translation>№ {number} за {year} год</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="97" />
      <source>Overdue</source>
      <translation>Просрочено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="348" />
      <source>Preview</source>
      <translation>Просмотр</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="73" />
      <source>Session</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="330" />
      <source>Sessions of the commission</source>
      <translation>Заседания комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="87" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="350" />
      <source>The whole session on one page, read-only</source>
      <translation>Всё заседание на одной странице, только для чтения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/sessions.py" line="140" />
      <source>{n} instruction(s) of this session are overdue</source>
      <translation>Просроченных поручений этого заседания: {n}</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="389" />
      <source> (the latest)</source>
      <translation> (последних)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="388" />
      <source>&amp;Keep daily backups:</source>
      <translation>&amp;Хранить ежедневных копий:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="272" />
      <source>A deadline that falls on a day off moves</source>
      <translation>Срок, приходящийся на выходной день, переносится</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="220" />
      <source>A session has a quorum when at least {n}/{d} of the voting members are present.</source>
      <translation>Заседание правомочно (кворум имеется), если присутствует не менее {n}/{d} членов комиссии с правом голоса.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="215" />
      <source>A session has a quorum when more than {n}/{d} of the voting members are present.</source>
      <translation>Заседание правомочно (кворум имеется), если присутствует более {n}/{d} членов комиссии с правом голоса.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="267" />
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="283" />
      <source>Applies to deadlines set from now on; due dates already recorded stay as they are.</source>
      <translation>Применяется к срокам, устанавливаемым с этого момента; уже записанные сроки не изменяются.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="217" />
      <source>Attendees listed in the minutes, at most:</source>
      <translation>Присутствующих в протоколе, не более:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="396" />
      <source>Back up now</source>
      <translation>Создать резервную копию</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="338" />
      <source>Backup written: {path}</source>
      <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="397" />
      <source>Backups…</source>
      <translation>Резервные копии…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="216" />
      <source>Bottom margin:</source>
      <translation>Нижнее поле:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="468" />
      <source>Calendar</source>
      <translation>Календарь</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="240" />
      <source>Chair:</source>
      <translation>Председатель:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="239" />
      <source>City (Kazakh):</source>
      <translation>Город (на казахском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="238" />
      <source>City (Russian):</source>
      <translation>Город (на русском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="234" />
      <source>Commission:</source>
      <translation>Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="467" />
      <source>Commissions</source>
      <translation>Комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="243" />
      <source>Controls execution:</source>
      <translation>Контроль за исполнением:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="471" />
      <source>Data</source>
      <translation>Данные</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="386" />
      <source>Database:</source>
      <translation>База данных:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="70" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="75" />
      <source>Day of the week</source>
      <translation>День недели</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="47" />
      <source>Day off</source>
      <translation>Выходной день</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="470" />
      <source>Documents</source>
      <translation>Документы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="254" />
      <source>Kazakhstan's public holidays and the Government's transfers of days off are known up to 2025. Enter later transfers here: extra days off, and weekend days made working. A line here wins over the built-in calendar.</source>
      <translation>Праздничные дни Казахстана и переносы выходных дней, установленные Правительством, известны программе до 2025 года. Более поздние переносы вносите здесь: дополнительные выходные дни и выходные дни, объявленные рабочими. Запись в этой таблице имеет приоритет перед встроенным календарём.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="195" />
      <source>Language of documents and exports:</source>
      <translation>Язык документов и выгрузок:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="387" />
      <source>Latest backup:</source>
      <translation>Последняя резервная копия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="213" />
      <source>Left margin:</source>
      <translation>Левое поле:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="233" />
      <source>Minutes, extracts and reports follow these from the next document on. The usual layout is {size} pt text ({table} pt in tables), margins {left} mm left, {right} mm right, {top} mm top and {bottom} mm bottom; a longer list of attendees goes to an annex.</source>
      <translation>Протоколы, выписки и справки оформляются так, начиная со следующего документа. Обычное оформление: шрифт {size} пт (в таблицах {table} пт), поля: левое {left} мм, правое {right} мм, верхнее {top} мм, нижнее {bottom} мм; более длинный список присутствующих выносится в приложение.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="237" />
      <source>Name (Kazakh):</source>
      <translation>Наименование (на казахском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="236" />
      <source>Name (Russian):</source>
      <translation>Наименование (на русском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="247" />
      <source>Named in the minutes: "Control of execution is assigned to …"</source>
      <translation>Указывается в протоколе: «Контроль за исполнением настоящего протокола возложить на …»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="235" />
      <source>New commission</source>
      <translation>Новая комиссия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="266" />
      <source>New line:</source>
      <translation>Новая запись:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="84" />
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="264" />
      <source>Note, e.g. the decree that moved the day</source>
      <translation>Примечание, например постановление о переносе дня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="395" />
      <source>Open folder</source>
      <translation>Открыть папку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="207" />
      <source>Page layout of the documents</source>
      <translation>Оформление документов</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="245" />
      <source>Quorum:</source>
      <translation>Кворум:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="82" />
      <source>Remind of instructions due within</source>
      <translation>Напоминать о поручениях со сроком в течение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="469" />
      <source>Reminders</source>
      <translation>Напоминания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="269" />
      <source>Remove the selected lines</source>
      <translation>Удалить выбранные записи</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="229" />
      <source>Restore the usual layout</source>
      <translation>Вернуть обычное оформление</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="214" />
      <source>Right margin:</source>
      <translation>Правое поле:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="256" />
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="208" />
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="241" />
      <source>Secretary:</source>
      <translation>Секретарь:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="465" />
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="212" />
      <source>Text size in tables:</source>
      <translation>Размер шрифта в таблицах:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="211" />
      <source>Text size:</source>
      <translation>Размер шрифта:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="80" />
      <source>The day is</source>
      <translation>Тип дня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="361" />
      <source>The history of every change names its author as: {user}. The name is kept for this computer's login; the login is always recorded beside it.</source>
      <translation>В истории каждого изменения автор указывается так: {user}. Имя хранится для учётной записи этого компьютера; имя входа в систему всегда записывается рядом.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="198" />
      <source>The language the Reports page starts with for minutes, extracts, reports and task lists; each document can still be made in the other language there. The interface language is in the View menu.</source>
      <translation>Язык, который по умолчанию выбран на странице «Отчёты» для протоколов, выписок, отчётов и списков поручений; там же любой документ можно сформировать и на другом языке. Язык интерфейса выбирается в меню «Вид».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="86" />
      <source>The reminder appears when the program starts and every morning at 08:00 while it runs. It names the instructions due within this many working days, and those that became overdue since the last reminder (each only once).</source>
      <translation>Напоминание появляется при запуске программы и каждое утро в 08:00, пока программа работает. В нём указываются поручения, срок которых истекает в течение заданного числа рабочих дней, и поручения, просроченные после предыдущего напоминания (каждое — только один раз).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="215" />
      <source>Top margin:</source>
      <translation>Верхнее поле:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="45" />
      <source>Working day</source>
      <translation>Рабочий день</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="331" />
      <source>Writing a backup…</source>
      <translation>Создание резервной копии…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="399" />
      <source>Your &amp;name in the history:</source>
      <translation>Ваше &amp;имя в истории:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="253" />
      <source>e.g. Алматы қаласы</source>
      <translation>например, Алматы қаласы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="402" />
      <source>e.g. Ахметова А. Б., secretary</source>
      <translation>например: Ахметова А. Б., секретарь</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="251" />
      <source>e.g. г. Алматы</source>
      <translation>например, г. Алматы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="393" />
      <source>in memory (nothing is saved)</source>
      <translation>в оперативной памяти (данные не сохраняются)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="227" />
      <source>mm</source>
      <translation>мм</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="255" />
      <source>more than (not "at least")</source>
      <translation>более (а не «не менее»)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="377" />
      <source>none yet</source>
      <translation>пока нет</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="225" />
      <source>pt</source>
      <translation>пт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="280" />
      <source>to the next working day (civil-law practice)</source>
      <translation>на следующий рабочий день (гражданско-правовая практика)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="275" />
      <source>to the preceding working day (records-management practice)</source>
      <translation>на предшествующий рабочий день (практика делопроизводства)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="84" />
      <source>working days</source>
      <translation>раб. дн.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="243" />
      <source>{date}, {weekday}: a day off</source>
      <translation>{date}, {weekday}: выходной день</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="241" />
      <source>{date}, {weekday}: a day off ({name})</source>
      <translation>{date}, {weekday}: выходной день ({name})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="239" />
      <source>{date}, {weekday}: a working day</source>
      <translation>{date}, {weekday}: рабочий день</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="173" />
      <source>— not set —</source>
      <translation>— не указано —</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="41" />
      <source>Another copy of AntiCorr Desktop ({user} on {host}, process {pid}) has this database open:
{db}

Open it read-only here, to look without changing anything?</source>
      <translation>Эта база данных уже открыта в другой копии AntiCorr Desktop ({user} на {host}, процесс {pid}):
{db}

Открыть её здесь только для чтения, чтобы просматривать без изменений?</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="98" />
      <source>No good backup was found. Keep the file and ask for help.</source>
      <translation>Исправная резервная копия не найдена. Сохраните файл и обратитесь за помощью.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="47" />
      <source>Open read-only</source>
      <translation>Открыть только для чтения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="106" />
      <source>Restore the newest good backup, {backup}? The damaged file is kept beside it.</source>
      <translation>Восстановить последнюю исправную резервную копию {backup}? Повреждённый файл будет сохранён рядом.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="118" />
      <source>Restored from {backup}. The damaged file was kept as {kept}.</source>
      <translation>Восстановлено из {backup}. Повреждённый файл сохранён как {kept}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="173" />
      <source>Start the program again to work with the restored database.</source>
      <translation>Запустите программу снова, чтобы работать с восстановленной базой данных.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="184" />
      <source>The check of the journal found changes made outside the program:

{lines}

The data may have been edited behind the program's back. Keep this database as it is for inspection, and compare it with a backup (Settings → Data → Backups).</source>
      <translation>Проверка журнала обнаружила изменения, сделанные в обход программы:

{lines}

Данные могли быть изменены помимо программы. Сохраните эту базу данных как есть для проверки и сравните её с резервной копией (Настройки → Данные → Резервные копии).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="40" />
      <source>The database is already open</source>
      <translation>База данных уже открыта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="103" />
      <source>The database is damaged</source>
      <translation>База данных повреждена</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="60" />
      <source>The database is on a network folder</source>
      <translation>База данных находится в сетевой папке</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="117" />
      <source>The database was restored</source>
      <translation>База данных восстановлена</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="93" />
      <source>The database {db} is damaged ({problem}).</source>
      <translation>База данных {db} повреждена ({problem}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="61" />
      <source>The database {db} is on a network folder. SQLite's write-ahead log does not work reliably there, and two computers writing at once can damage the file.

Keep the database on this computer's disk and put the backups on the network folder instead (Settings → Data).</source>
      <translation>База данных {db} находится в сетевой папке. Журнал упреждающей записи SQLite работает там ненадёжно, а одновременная запись с двух компьютеров может повредить файл.

Храните базу данных на диске этого компьютера, а в сетевую папку сохраняйте резервные копии (Настройки → Данные).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="183" />
      <source>The record does not verify</source>
      <translation>Журнал изменений не прошёл проверку</translation>
    </message>
  </context>
  <context>
    <name>Tracker</name>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="332" />
      <source>&amp;Commission:</source>
      <translation>&amp;Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="305" />
      <source>&amp;Executor:</source>
      <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="609" />
      <source>&amp;Open</source>
      <translation>&amp;Открыть</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="309" />
      <source>&amp;Overdue only</source>
      <translation>&amp;Только просроченные</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="304" />
      <source>&amp;Status:</source>
      <translation>Ст&amp;атус:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="251" />
      <source>All</source>
      <translation>Все</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="288" />
      <source>All commissions</source>
      <translation>Все комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="276" />
      <source>All sessions</source>
      <translation>Все заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="265" />
      <source>Anyone</source>
      <translation>Любой</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="327" />
      <source>CSV for Excel…</source>
      <translation>CSV для Excel…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="328" />
      <source>Calendar (ICS)…</source>
      <translation>Календарь (ICS)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="88" />
      <source>Days overdue</source>
      <translation>Дней просрочки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="256" />
      <source>Done late this year</source>
      <translation>Исполненные с нарушением срока в этом году</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="87" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="333" />
      <source>Due &amp;between</source>
      <translation>Ср&amp;ок в период</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="311" />
      <source>Due within {n} &amp;working days</source>
      <translation>Срок в течение {n} &amp;рабочих дней</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="425" />
      <source>Due within {n} working days</source>
      <translation>Срок в течение {n} рабочих дней</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="326" />
      <source>Excel workbook (XLSX)…</source>
      <translation>Книга Excel (XLSX)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="321" />
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="307" />
      <source>Fi&amp;nd:</source>
      <translation>&amp;Поиск:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="85" />
      <source>Instruction</source>
      <translation>Поручение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="329" />
      <source>Interchange file (JSON)…</source>
      <translation>Файл обмена (JSON)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="86" />
      <source>Main executor</source>
      <translation>Основной исполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="84" />
      <source>Minutes</source>
      <translation>Протокол</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="83" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="252" />
      <source>Open (not closed)</source>
      <translation>Незакрытые</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="277" />
      <source>Outside sessions</source>
      <translation>Вне заседаний</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="423" />
      <source>Overdue by {n} days</source>
      <translation>Просрочено на {n} дн.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="206" />
      <source>Searching…</source>
      <translation>Идёт поиск…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="306" />
      <source>Sess&amp;ion:</source>
      <translation>&amp;Заседание:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="320" />
      <source>Show all</source>
      <translation>Показать все</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="89" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="323" />
      <source>This list, with its filters, as a file</source>
      <translation>Этот список, с его фильтрами, в файл</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="316" />
      <source>Words from the instruction, decision or report (Ctrl+F)</source>
      <translation>Слова из поручения, решения или отчёта (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="308" />
      <source>also as co-executor</source>
      <translation>в том числе как соисполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="278" />
      <source>{label} of {date}</source>
      <translation>{label} от {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="209" />
      <source>{n} shown</source>
      <translation>Показано: {n}</translation>
    </message>
  </context>
</TS>
