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
      <location filename="../../anticorr_desktop/ui/app.py" line="154" />
      <source>Cannot open the database</source>
      <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="126" />
      <source>Converting the journal of changes...</source>
      <translation>Преобразование журнала изменений...</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="243" />
      <source>Database restored</source>
      <translation>База данных восстановлена</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="128" />
      <source>Giving the freed space back to the disk...</source>
      <translation>Освобождённое место возвращается диску...</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="127" />
      <source>Indexing word forms for search...</source>
      <translation>Индексирование словоформ для поиска...</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="225" />
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
      <location filename="../../anticorr_desktop/ui/app.py" line="224" />
      <source>Restore the database</source>
      <translation>Восстановление базы данных</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="244" />
      <source>Restored from {path}. The previous contents were saved to {backup}.</source>
      <translation>Восстановлено из {path}. Прежнее содержимое сохранено в {backup}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="116" />
      <source>Upgrading the database</source>
      <translation>Обновление базы данных</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/app.py" line="121" />
      <source>Upgrading the database to this version's format. A backup is made first; this may take a few minutes on a large database.</source>
      <translation>База данных обновляется до формата этой версии. Сначала делается резервная копия; на большой базе это может занять несколько минут.</translation>
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
      <location filename="../../anticorr_desktop/cli.py" line="529" />
      <source>  added as a person: {name}</source>
      <translation>  добавлен как человек: {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="527" />
      <source>  added as an organisation: {name}</source>
      <translation>  добавлен как организация: {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="68" />
      <source>AntiCorr Desktop from the command line: sessions, instructions and their control.</source>
      <translation>AntiCorr Desktop в командной строке: заседания, поручения и контроль их исполнения.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="878" />
      <source>Backup</source>
      <translation>Резервная копия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="811" />
      <source>Backup written: {path}</source>
      <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="216" />
      <source>CSV delimiter (default ;)</source>
      <translation>разделитель полей в CSV (по умолчанию ;)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="954" />
      <source>Control dates within a year</source>
      <translation>Контрольные даты в течение года</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="296" />
      <source>Converting the journal: {done} of {total} entries</source>
      <translation>Преобразование журнала: {done} из {total} записей</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="352" />
      <source>Database ready: {path}</source>
      <translation>База данных готова: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="573" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="613" />
      <source>Days overdue</source>
      <translation>Дней просрочки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="350" />
      <source>Demo loaded into {path}.</source>
      <translation>Демонстрационные данные загружены: {path}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="764" />
      <source>Divergence: entry {seq} differs from the one the {what} {name} of {made} saw (the history was rewritten since).</source>
      <translation>Расхождение: запись {seq} отличается от той, которую видел(а) {what} {name} от {made} (история с тех пор переписана).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="612" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="949" />
      <source>Due date</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="907" />
      <source>Due on {date}.</source>
      <translation>Срок: {date}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="611" />
      <source>Executors</source>
      <translation>Исполнители</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="660" />
      <source>Found in</source>
      <translation>Где найдено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="304" />
      <source>Giving the freed space back to the disk...</source>
      <translation>Освобождённое место возвращается диску...</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="571" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="514" />
      <source>Imported: {created} instruction(s), {unchanged} already here; new sessions: {sessions}, new people: {people}, new organisations: {orgs}.</source>
      <translation>Импортировано поручений: {created}, уже были: {unchanged}; новых заседаний: {sessions}, новых людей: {people}, новых организаций: {orgs}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="359" />
      <source>Imported: {created} new, {unchanged} already here.</source>
      <translation>Импортировано: новых — {created}, уже имеющихся — {unchanged}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="843" />
      <source>In {path}: {what}</source>
      <translation>В {path}: {what}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="300" />
      <source>Indexing word forms for search: {done} of {total} instructions</source>
      <translation>Индексирование словоформ для поиска: {done} из {total} поручений</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="576" />
      <source>Instructions</source>
      <translation>Поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="574" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="878" />
      <source>Made</source>
      <translation>Создана</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="875" />
      <source>No backups yet.</source>
      <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="956" />
      <source>No day is written: the default day of the month after each period applies.</source>
      <translation>Число не указано: действует число по умолчанию месяца, следующего за каждым периодом.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="735" />
      <source>No good backup of {db} was found. Keep the damaged file and ask for help.</source>
      <translation>Исправной резервной копии {db} не найдено. Сохраните повреждённый файл и обратитесь за помощью.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="640" />
      <source>No instructions match.</source>
      <translation>Поручений, соответствующих условиям отбора, нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="609" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="489" />
      <source>Not in the directory: "{name}" (added as a person)</source>
      <translation>Нет в справочнике: «{name}» (будет добавлен как человек)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="486" />
      <source>Not in the directory: "{name}" (added as an organisation)</source>
      <translation>Нет в справочнике: «{name}» (будет добавлен как организация)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="482" />
      <source>Not sure who "{name}" is; candidates: {names}</source>
      <translation>Неясно, кто такой «{name}»; кандидаты: {names}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="658" />
      <source>Nothing found.</source>
      <translation>Ничего не найдено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="642" />
      <source>Nothing is overdue as of {date}.</source>
      <translation>Просроченных поручений на {date} нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="852" />
      <source>Nothing was changed.</source>
      <translation>Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="842" />
      <source>Now in {path}: {what}</source>
      <translation>Сейчас в {path}: {what}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="577" />
      <source>Overdue</source>
      <translation>Просрочено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="960" />
      <source>Printed (kk)</source>
      <translation>В документах (каз.)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="959" />
      <source>Printed (ru)</source>
      <translation>В документах (рус.)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="946" />
      <source>Read as</source>
      <translation>Прочитано как</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="850" />
      <source>Replace the database with {path}? [y/N] </source>
      <translation>Заменить базу данных содержимым {path}? [y/N] </translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="742" />
      <source>Restore the newest good backup: anticorr --db {db} restore {backup}</source>
      <translation>Восстановите последнюю исправную резервную копию: anticorr --db {db} restore {backup}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="868" />
      <source>Restored from {path}.</source>
      <translation>Восстановлено из {path}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="863" />
      <source>Restored from {path}. The file it replaced was kept as {kept}.</source>
      <translation>Восстановлено из {path}. Заменённый файл сохранён как {kept}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="857" />
      <source>Restored from {path}. The previous contents were saved to {backup}.</source>
      <translation>База данных восстановлена из файла {path}. Прежнее содержимое сохранено в файле {backup}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="759" />
      <source>Rollback: the journal has lost entry {seq} that the {what} {name} of {made} saw (an older copy was put back, or entries were deleted).</source>
      <translation>Откат: в журнале нет записи {seq}, которую видел(а) {what} {name} от {made} (вернули более старую копию файла или удалили записи).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="492" />
      <source>Rows: {new} to import, {old} already here, {skipped} skipped (empty, titles, totals); problems: {problems}; new sessions: {sessions}.</source>
      <translation>Строк: {new} к импорту, {old} уже есть, {skipped} пропущено (пустые, заголовки, итоги); ошибок: {problems}; новые заседания: {sessions}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="237" />
      <source>SQLite's full integrity check (every index too; slower)</source>
      <translation>полная проверка целостности SQLite (включая все индексы; дольше)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="610" />
      <source>Session</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="462" />
      <source>Sheet «{sheet}», header in row {row}.</source>
      <translation>Лист «{sheet}», заголовок в строке {row}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="878" />
      <source>Size, MB</source>
      <translation>Размер, МБ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="614" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="615" />
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="796" />
      <source>The database does NOT verify: {n} problem(s).</source>
      <translation>Проверка базы данных НЕ пройдена: обнаружено нарушений — {n}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="801" />
      <source>The database verifies: {n} journal entries, head {head}.</source>
      <translation>Проверка базы данных пройдена: записей в журнале — {n}, хеш последней записи — {head}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="531" />
      <source>The database was backed up first: {path}</source>
      <translation>Перед этим создана резервная копия базы: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="958" />
      <source>The due date follows once the date of the event is recorded.</source>
      <translation>Срок определится, когда будет записана дата события.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="788" />
      <source>The printed head is entry {seq}, current from {since} until {until}.</source>
      <translation>Напечатанная вершина — запись {seq}, была текущей с {since} до {until}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="782" />
      <source>The printed head is entry {seq}, the current head (since {since}).</source>
      <translation>Напечатанная вершина — запись {seq}, текущая вершина журнала (с {since}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="776" />
      <source>The printed head {head} is NOT in this database's journal.</source>
      <translation>Напечатанной вершины {head} НЕТ в журнале этой базы данных.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="294" />
      <source>Upgrading the database to this version's format: a backup first...</source>
      <translation>База данных обновляется до формата этой версии: сначала резервная копия...</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="218" />
      <source>XLSX: a sheet per main executor</source>
      <translation>XLSX: отдельный лист для каждого основного исполнителя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="939" />
      <source>a date</source>
      <translation>дата</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="179" />
      <source>a file per executor, into the folder -o</source>
      <translation>отдельный файл для каждого исполнителя, в папку -o</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="940" />
      <source>a schedule</source>
      <translation>периодичность</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="125" />
      <source>add the executors the directory lacks (those with no likely candidate): a body (управление, отдел, акимат, ТОО, басқармасы…) as an organisation, else a person</source>
      <translation>добавить исполнителей, которых нет в справочнике (у кого нет вероятных кандидатов): орган (управление, отдел, акимат, ТОО, басқармасы…) — как организацию, остальных — как людей</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="653" />
      <source>agenda item</source>
      <translation>вопрос повестки дня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="232" />
      <source>also say whether the head printed on a document is in the journal, and when</source>
      <translation>также сообщить, есть ли в журнале вершина, напечатанная на документе, и когда она была текущей</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="757" />
      <source>backup</source>
      <translation>резервная копия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="942" />
      <source>by the next session: open until it is scheduled</source>
      <translation>к следующему заседанию: открыто, пока оно не назначено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="820" />
      <source>cannot be read (missing, empty, damaged or not a database of this program)</source>
      <translation>не читается (файла нет, он пуст, повреждён или это не база данных этой программы)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="224" />
      <source>check the file (SQLite's quick check), the journal's hash chain and every record against it</source>
      <translation>проверить файл (быстрая проверка SQLite), цепочку хешей журнала и каждую запись по нему</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="82" />
      <source>create the database; --demo loads the demonstration sessions</source>
      <translation>создать базу данных; --demo загружает демонстрационные заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="652" />
      <source>decision</source>
      <translation>решение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="200" />
      <source>executive discipline over a period, as PDF</source>
      <translation>отчёт об исполнительской дисциплине за период в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="174" />
      <source>extracts of the minutes for one executor or for all</source>
      <translation>выписки из протокола для одного исполнителя или для всех</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="154" />
      <source>full-text search over instructions, decisions, agenda and reports</source>
      <translation>полнотекстовый поиск по поручениям, решениям, повестке дня и отчётам</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="150" />
      <source>id or YEAR/NUMBER</source>
      <translation>ID или YEAR/NUMBER (год/номер)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="137" />
      <source>id or YEAR/NUMBER, e.g. 2024/4</source>
      <translation>ID или YEAR/NUMBER (год/номер), например 2024/4</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="88" />
      <source>import a JSON interchange file (sessions, directory)</source>
      <translation>импортировать файл обмена JSON (заседания, справочник)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="93" />
      <source>import a register of instructions kept in Excel (.xlsx) or CSV</source>
      <translation>импортировать реестр поручений из Excel (.xlsx) или CSV</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="651" />
      <source>instruction</source>
      <translation>поручение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="143" />
      <source>list instructions with their status and due dates</source>
      <translation>вывести список поручений с их статусами и сроками</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="254" />
      <source>list the backups of the database, newest first</source>
      <translation>вывести список резервных копий базы данных (сначала самые новые)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="140" />
      <source>list the sessions</source>
      <translation>вывести список заседаний</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="85" />
      <source>load the demo (only into an empty database)</source>
      <translation>загрузить демонстрационные данные (только в пустую базу данных)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="944" />
      <source>no deadline</source>
      <translation>без срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="148" />
      <source>on_control, reported, rework, done, off_control, cancelled, or open</source>
      <translation>on_control, reported, rework, done, off_control, cancelled или open</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="941" />
      <source>ongoing, no due date</source>
      <translation>постоянно, без даты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="144" />
      <source>only those overdue as of the date</source>
      <translation>только просроченные на указанную дату</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="146" />
      <source>part of an executor's name (main or co-executor)</source>
      <translation>часть ФИО исполнителя (основного исполнителя или соисполнителя)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="177" />
      <source>part of the executor's name</source>
      <translation>часть ФИО исполнителя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="170" />
      <source>pdf: the document to sign; docx: a Word copy to edit (the record stays ours)</source>
      <translation>pdf — документ для подписи; docx — копия в Word для правки (запись остаётся в программе)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="164" />
      <source>print texts that have no version in --lang in the other language, marked</source>
      <translation>печатать тексты без версии на языке --lang на другом языке, с пометкой</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="757" />
      <source>printed document</source>
      <translation>напечатанный документ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="264" />
      <source>read a due date as the window does: its kind, date and printed form</source>
      <translation>прочитать срок так же, как окно программы: вид, дата и как он печатается</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="258" />
      <source>record the day an event-driven deadline's event occurred; the due date follows</source>
      <translation>отметить день, когда наступило событие, от которого отсчитывается срок; срок вычисляется</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="245" />
      <source>replace the database with a checked backup (the current one is backed up first)</source>
      <translation>заменить базу данных проверенной резервной копией (предварительно создаётся резервная копия текущей базы данных)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="251" />
      <source>replace without asking (for scripts; needed when there is no terminal)</source>
      <translation>заменить, не спрашивая (для сценариев; нужно, когда нет терминала)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="654" />
      <source>report</source>
      <translation>отчёт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="133" />
      <source>show each row as it would be stored and every problem; write nothing</source>
      <translation>показать каждую строку так, как она будет сохранена, и все ошибки; ничего не записывать</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="76" />
      <source>the database file (default: $ANTICORR_DB, else the user's data folder)</source>
      <translation>файл базы данных (по умолчанию: $ANTICORR_DB, а если переменная не задана — в папке данных пользователя)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="145" />
      <source>the date (default: today)</source>
      <translation>дата (по умолчанию — сегодня)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="267" />
      <source>the date of issue (default: today)</source>
      <translation>дата выдачи поручения (по умолчанию сегодня)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="273" />
      <source>the day of the month after each period for a schedule written without a day</source>
      <translation>число месяца, следующего за каждым периодом, для периодичности без указанного числа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="261" />
      <source>the day the event occurred</source>
      <translation>день, когда наступило событие</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="266" />
      <source>the due date as written in the minutes</source>
      <translation>срок, как он записан в протоколе</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="260" />
      <source>the instruction's id (see instructions)</source>
      <translation>номер (id) поручения (см. instructions)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="268" />
      <source>the language of the answer</source>
      <translation>язык ответа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="158" />
      <source>the minutes of a session as PDF</source>
      <translation>протокол заседания в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="195" />
      <source>the overdue report as of a date, as PDF</source>
      <translation>отчёт о просроченных поручениях на дату в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="100" />
      <source>the row of the column names, as Excel numbers it (default: guessed)</source>
      <translation>строка с названиями столбцов, как её нумерует Excel (по умолчанию определяется сама)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="96" />
      <source>the sheet to read (default: the first with a header)</source>
      <translation>лист, который читать (по умолчанию — первый с заголовком)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="207" />
      <source>the task list as CSV, XLSX, ICS or JSON (same filters as instructions)</source>
      <translation>список поручений в формате CSV, XLSX, ICS или JSON (те же фильтры, что у команды instructions)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="943" />
      <source>tied to an event: kept as written, open with no date</source>
      <translation>привязано к событию: хранится как записано, открыто без даты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="107" />
      <source>which field a column holds (column as a letter, a number or its header): C=deadline; the fields: {fields}</source>
      <translation>какое поле в столбце (столбец буквой, номером или заголовком): C=deadline; поля: {fields}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="117" />
      <source>who a name in the register is: the executor's reference in the directory (o5 an organisation, p12 a person, o5p12 both), or new, person, organisation to add it</source>
      <translation>кто это в реестре: ссылка на исполнителя в справочнике (o5 — организация, p12 — человек, o5p12 — оба) или new, person, organisation, чтобы добавить его</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="240" />
      <source>write a consistent copy of the database</source>
      <translation>создать целостную резервную копию базы данных</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="136" />
      <source>write the database or one session as JSON</source>
      <translation>выгрузить базу данных или одно заседание в формате JSON</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="365" />
      <source>{n} directory record(s) differ from the file; this database's version was kept.</source>
      <translation>Записей справочника, отличающихся от файла: {n}; оставлены данные этой базы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="722" />
      <source>{n} instructions written to {path}</source>
      <translation>Записано поручений — {n}, файл: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="824" />
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
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="199" />
      <source>Fill in…</source>
      <translation>Заполнить…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="193" />
      <source>Fill them in now, or print: they will be printed in the other language, each marked as such.</source>
      <translation>Заполните их сейчас или печатайте: они будут напечатаны на другом языке, каждый с пометкой.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="184" />
      <source>Fill them in the session editor, or print now: they will be printed in the other language, each marked as such.</source>
      <translation>Заполните их в редакторе заседания или печатайте сейчас: они будут напечатаны на другом языке, каждый с пометкой.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="41" />
      <source>Kazakh</source>
      <translation>казахском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="200" />
      <source>Print, marked</source>
      <translation>Печатать с пометкой</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="41" />
      <source>Russian</source>
      <translation>русском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="177" />
      <source>Texts missing in the document's language</source>
      <translation>Нет текстов на языке документа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="179" />
      <source>These texts have no {language} version:</source>
      <translation>У этих текстов нет версии на {language} языке:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="472" />
      <source>type the date as DD.MM.YYYY</source>
      <translation>введите дату как ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="490" />
      <source>{weekday}: a day off</source>
      <translation>{weekday}: выходной день</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/common.py" line="488" />
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
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="137" />
      <source>&amp;Accept…</source>
      <translation>При&amp;нять…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="140" />
      <source>&amp;Cancel…</source>
      <translation>От&amp;менить…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="136" />
      <source>&amp;Register report…</source>
      <translation>Зарегистрировать от&amp;чёт…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="193" />
      <source>(first set: {date})</source>
      <translation>(первоначальный срок: {date})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="113" />
      <source>Accept and Take off control apply to all of them at once.</source>
      <translation>Действия «Принять…» и «Снять с контроля…» применяются сразу ко всем выбранным поручениям.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="142" />
      <source>Bac&amp;k on control…</source>
      <translation>В&amp;ернуть на контроль…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="203" />
      <source>Control dates</source>
      <translation>Контрольные сроки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="228" />
      <source>Controller</source>
      <translation>Контролирующее лицо</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="197" />
      <source>Current due date</source>
      <translation>Текущий срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="235" />
      <source>Decision / reason</source>
      <translation>Решение / причина</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="213" />
      <source>Done on</source>
      <translation>Дата исполнения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="188" />
      <source>Due, as written</source>
      <translation>Срок (формулировка)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="139" />
      <source>E&amp;xtend deadline…</source>
      <translation>Продлить сро&amp;к…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="143" />
      <source>Event occ&amp;urred…</source>
      <translation>Со&amp;бытие наступило…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="187" />
      <source>Executors</source>
      <translation>Исполнители</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="249" />
      <source>History</source>
      <translation>История</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_window.py" line="45" />
      <source>Instruction {number}</source>
      <translation>Поручение {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="217" />
      <source>Issued</source>
      <translation>Поручение дано</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="138" />
      <source>Re&amp;turn for rework…</source>
      <translation>Вернуть на &amp;доработку…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="92" />
      <source>Select an instruction to see it in full, with its history. Select several (Ctrl or Shift and click) to accept reports or take them off control together.</source>
      <translation>Выберите поручение, чтобы просмотреть его полностью, вместе с историей. Чтобы принять отчёты или снять поручения с контроля одновременно, выберите несколько поручений (щёлкните по ним, удерживая Ctrl или Shift).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="170" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="141" />
      <source>Take off contro&amp;l…</source>
      <translation>Снять с контро&amp;ля…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="180" />
      <source>co-executor</source>
      <translation>соисполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="178" />
      <source>main executor</source>
      <translation>основной исполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="156" />
      <source>minutes No. {number} of {date}</source>
      <translation>протокол № {number} от {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="168" />
      <source>overdue by {n} days</source>
      <translation>просрочено на {n} дн.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="205" />
      <source>{done} of {n} reported and accepted</source>
      <translation>отчёты приняты: {done} из {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/instruction_detail.py" line="107" />
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
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="291" />
      <source>Cancel the instruction</source>
      <translation>Отмена поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="243" />
      <source>Current due date:</source>
      <translation>Текущий срок:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="209" />
      <source>Deadline:</source>
      <translation>Срок:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="251" />
      <source>Decided on:</source>
      <translation>Дата решения:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="296" />
      <source>Decision:</source>
      <translation>Решение:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="241" />
      <source>Extend the deadline</source>
      <translation>Продление срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="245" />
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
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="299" />
      <source>Put back on control</source>
      <translation>Вернуть на контроль</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="246" />
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
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="287" />
      <source>Return for rework</source>
      <translation>Возврат на доработку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="295" />
      <source>Take off control</source>
      <translation>Снятие с контроля</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="208" />
      <source>The event occurred</source>
      <translation>Событие наступило</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="211" />
      <source>The event occurred on:</source>
      <translation>Дата события:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="288" />
      <source>What to rework:</source>
      <translation>Что доработать:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="163" />
      <source>What was done:</source>
      <translation>Что сделано:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="248" />
      <source>Who decided:</source>
      <translation>Кто принял решение:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="164" />
      <source>e.g. 05-12/1184</source>
      <translation>например, 05-12/1184</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="315" />
      <source>e.g. Taken off control by the commission's decision (minutes No. 4)</source>
      <translation>например: снято с контроля решением комиссии (протокол № 4)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="308" />
      <source>e.g. The report was accepted by mistake; the work is not done</source>
      <translation>например: отчёт принят ошибочно, работа не выполнена</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/dialogs.py" line="254" />
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
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="387" />
      <source>Add a member</source>
      <translation>Добавление члена комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="346" />
      <source>Add a member…</source>
      <translation>Добавить члена комиссии…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="111" />
      <source>Add a person</source>
      <translation>Добавление лица</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="342" />
      <source>Add a person…</source>
      <translation>Добавить лицо…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="250" />
      <source>Add an organisation</source>
      <translation>Добавление организации</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="344" />
      <source>Add an organisation…</source>
      <translation>Добавить организацию…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="325" />
      <source>Add to the directory</source>
      <translation>Добавить в справочник</translation>
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
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="266" />
      <source>As executor:</source>
      <translation>Как исполнитель:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="33" />
      <source>City department</source>
      <translation>Городское управление</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="341" />
      <source>Commission:</source>
      <translation>Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="340" />
      <source>Commissions</source>
      <translation>Комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="32" />
      <source>District akimat</source>
      <translation>Акимат района</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="351" />
      <source>Double-click a person or an organisation to edit it. Names are shown in Kazakh when the interface is Kazakh. The commission's names, officers and quorum are in Settings.</source>
      <translation>Чтобы изменить сведения о лице или организации, дважды щёлкните по строке. Если интерфейс на казахском языке, наименования показываются на казахском. Наименования комиссии, её председатель, секретарь и кворум задаются в настройках.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="109" />
      <source>Edit a person</source>
      <translation>Изменение сведений о лице</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="248" />
      <source>Edit an organisation</source>
      <translation>Изменение сведений об организации</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="343" />
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="425" />
      <source>End a membership</source>
      <translation>Исключение из состава комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="348" />
      <source>End the membership…</source>
      <translation>Исключить из состава…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="129" />
      <source>For the forms of words in documents (Председательствовал / Председательствовала); guessed from the patronymic or surname.</source>
      <translation>Для форм слов в документах (Председательствовал / Председательствовала); определяется по отчеству или фамилии.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="131" />
      <source>From</source>
      <translation>В составе с</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="87" />
      <source>Full name</source>
      <translation>Полное наименование</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="262" />
      <source>Full name (Kazakh):</source>
      <translation>Полное наименование (на казахском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="256" />
      <source>Full name (Russian):</source>
      <translation>Полное наименование (на русском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="119" />
      <source>Gender:</source>
      <translation>Пол:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="37" />
      <source>Group of organisations</source>
      <translation>Группа организаций</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="136" />
      <source>In Kazakh (for documents in Kazakh; empty fields use the above):</source>
      <translation>На казахском языке (для документов на казахском; для незаполненных полей используются данные, указанные выше):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="89" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="264" />
      <source>Kind:</source>
      <translation>Вид:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="116" />
      <source>Member</source>
      <translation>Член комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="392" />
      <source>Member from:</source>
      <translation>В составе с:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="427" />
      <source>Member until:</source>
      <translation>В составе по:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="274" />
      <source>Members:</source>
      <translation>Участники:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="56" />
      <source>Name</source>
      <translation>ФИО</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="336" />
      <source>Name (Kazakh):</source>
      <translation>ФИО (на казахском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="331" />
      <source>Name (Russian):</source>
      <translation>ФИО (на русском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="114" />
      <source>Name:</source>
      <translation>Имя:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="321" />
      <source>No commission is set up yet.</source>
      <translation>Ни одна комиссия ещё не создана.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="58" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="151" />
      <source>Organisation:</source>
      <translation>Организация:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="339" />
      <source>Organisations</source>
      <translation>Организации</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="36" />
      <source>Other</source>
      <translation>Иное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="116" />
      <source>Patronymic:</source>
      <translation>Отчество:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="338" />
      <source>People</source>
      <translation>Лица</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="327" />
      <source>Person</source>
      <translation>Человек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="388" />
      <source>Person:</source>
      <translation>Лицо:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="57" />
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="349" />
      <source>Position (Kazakh):</source>
      <translation>Должность (на казахском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="346" />
      <source>Position (Russian):</source>
      <translation>Должность (на русском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="118" />
      <source>Position:</source>
      <translation>Должность:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="34" />
      <source>Quasi-state organisation</source>
      <translation>Организация квазигосударственного сектора</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="331" />
      <source>Quorum: at least {n}/{d} of the voting members</source>
      <translation>Кворум: не менее {n}/{d} членов комиссии с правом голоса</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="327" />
      <source>Quorum: more than {n}/{d} of the voting members</source>
      <translation>Кворум: более {n}/{d} членов комиссии с правом голоса</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="118" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="389" />
      <source>Role:</source>
      <translation>Роль:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="86" />
      <source>Short name</source>
      <translation>Краткое наименование</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="259" />
      <source>Short name (Kazakh):</source>
      <translation>Краткое наименование (на казахском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="253" />
      <source>Short name (Russian):</source>
      <translation>Краткое наименование (на русском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="113" />
      <source>Surname:</source>
      <translation>Фамилия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="398" />
      <source>Type part of the name</source>
      <translation>Введите часть ФИО</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="136" />
      <source>Until</source>
      <translation>В составе по</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="123" />
      <source>Votes</source>
      <translation>Право голоса</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="390" />
      <source>Votes:</source>
      <translation>Право голоса:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="395" />
      <source>counts towards the quorum and votes</source>
      <translation>учитывается в кворуме и участвует в голосовании</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="155" />
      <source>e.g. Руководитель управления спорта</source>
      <translation>например, Руководитель управления спорта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="343" />
      <source>e.g. Управление спорта</source>
      <translation>например, Управление спорта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="124" />
      <source>female</source>
      <translation>женский</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="123" />
      <source>male</source>
      <translation>мужской</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="127" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="122" />
      <source>not known</source>
      <translation>не известен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="269" />
      <source>stands for each of its members (otherwise one addressee)</source>
      <translation>означает каждого из участников (иначе — один адресат)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory.py" line="125" />
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="341" />
      <source>Фамилия Имя Отчество</source>
      <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="153" />
      <source>— none —</source>
      <translation>— не указана —</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="632" />
      <source>Total</source>
      <translation>Итого</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="574" />
      <source>"version" is missing.</source>
      <translation>В файле отсутствует поле «version».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="334" />
      <source>"{choice}" is not a vote.</source>
      <translation>«{choice}» — не вариант голосования.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="57" />
      <source>"{ref}" is not a session: give its id or YEAR/NUMBER, e.g. 2024/4.</source>
      <translation>«{ref}» не является обозначением заседания: укажите ID заседания или YEAR/NUMBER (год/номер), например 2024/4.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="165" />
      <source>"{text}" is not a date: a day of the month is from 1 to 31, not {day}.</source>
      <translation>«{text}» не является датой: число месяца должно быть от 1 до 31, а указано {day}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="183" />
      <source>"{text}" is not a date: month {month:02d} has at most {days} days.</source>
      <translation>«{text}» не является датой: в месяце {month:02d} не больше {days} дней.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="192" />
      <source>"{text}" is not a date: the year must be from {min_year} to {max_year}, not {year}.</source>
      <translation>«{text}» не является датой: год должен быть в пределах от {min_year} до {max_year}, а указан {year}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="159" />
      <source>"{text}" is not a date: there is no month {month}.</source>
      <translation>«{text}» не является датой: месяца с номером {month} не существует.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="173" />
      <source>"{text}" is not a date: {month:02d}.{year} has only {days} days.</source>
      <translation>«{text}» не является датой: в месяце {month:02d}.{year} всего {days} дней.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="331" />
      <source>"{text}" matches several executors: {names}. Be more precise.</source>
      <translation>«{text}» подходит нескольким исполнителям: {names}. Уточните.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="360" />
      <source>"{text}" matches several people: {names}. Be more precise.</source>
      <translation>Запросу «{text}» соответствуют несколько человек: {names}. Уточните запрос.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="219" />
      <source>"{text}": a day of the month is from 1 to 31, not {day}.</source>
      <translation>«{text}»: число месяца должно быть от 1 до 31, а указано {day}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="233" />
      <source>"{text}": a time of day needs a date; write, for example: {examples}.</source>
      <translation>«{text}»: время суток указывается вместе с датой; пишите, например: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="247" />
      <source>"{text}": a year has two half-years, not {n}.</source>
      <translation>«{text}»: в году два полугодия, а не {n}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="255" />
      <source>"{text}": by the start of the period or by its end? Write, for example: {examples}.</source>
      <translation>«{text}»: к началу периода или к его концу? Пишите, например: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="251" />
      <source>"{text}": the period ends before it begins.</source>
      <translation>«{text}»: период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="206" />
      <source>"{text}": the term is too long; at most ten years.</source>
      <translation>«{text}»: срок слишком большой; он не может превышать десяти лет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="202" />
      <source>"{text}": the term must be longer than zero.</source>
      <translation>«{text}»: срок должен быть больше нуля.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="225" />
      <source>"{text}": {clock} is not a time of day; write it as 10:00 (hours 0-23, minutes 0-59).</source>
      <translation>«{text}»: {clock} — не время суток; пишите как 10:00 (часы 0–23, минуты 0–59).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="474" />
      <source>"{time}" is not a time of day; write it as 15:00.</source>
      <translation>«{time}» не является временем суток; укажите время в виде 15:00.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="944" />
      <source>"{value}" is before the instruction was issued ({issued})</source>
      <translation>срок «{value}» наступает раньше даты выдачи поручения ({issued})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="459" />
      <source>"{value}" is not a date (write YYYY-MM-DD, e.g. 2024-12-25)</source>
      <translation>«{value}» не является датой (укажите дату в виде YYYY-MM-DD, например 2024-12-25)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="50" />
      <source>"{value}" is not a date; write 2025-06-30 or 30.06.2025.</source>
      <translation>«{value}» не является датой; укажите дату в виде 2025-06-30 или 30.06.2025.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="312" />
      <source>"{value}" is not a kind of executor.</source>
      <translation>«{value}» — не вид исполнителя.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="438" />
      <source>"{value}" is not a status; use one of: {allowed}.</source>
      <translation>«{value}» не является статусом; используйте одно из значений: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="480" />
      <source>"{value}" is not an executor: write its reference (o5, p12, o5p12), person or organisation.</source>
      <translation>«{value}» — не исполнитель: укажите его ссылку (o5, p12, o5p12), person или organisation.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="470" />
      <source>"{value}" is not one of: {allowed}</source>
      <translation>«{value}» — недопустимое значение; допустимые значения: {allowed}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="392" />
      <source>"{value}": write COLUMN=FIELD, e.g. C=deadline.</source>
      <translation>«{value}»: пишите СТОЛБЕЦ=ПОЛЕ, например C=deadline.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="439" />
      <source>"{value}": write NAME=REF (o5, p12, o5p12) or NAME=new.</source>
      <translation>«{value}»: пишите ИМЯ=ССЫЛКА (o5, p12, o5p12) или ИМЯ=new.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="135" />
      <source>25.12.2024, до 25 декабря 2024 года, в месячный срок, в течение 10 рабочих дней, ежеквартально, до 5 числа, постоянно, к следующему заседанию, по итогам проверки</source>
      <translation>25.12.2024, до 25 декабря 2024 года, в месячный срок, в течение 10 рабочих дней, ежеквартально, до 5 числа, постоянно, к следующему заседанию, по итогам проверки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="488" />
      <source>A control date can be moved only to before the next one ({next}); the next report is due then anyway.</source>
      <translation>Контрольный срок можно перенести только на дату раньше следующего контрольного срока ({next}): к нему отчёт и так обязателен.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="179" />
      <source>A group's members are organisations, not groups: {name}.</source>
      <translation>Участники группы — организации, а не группы: {name}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="174" />
      <source>A member cannot be their own substitute: {name}. Choose another person.</source>
      <translation>Член комиссии не может замещать сам себя ({name}). Выберите другое лицо.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="210" />
      <source>A report cannot be registered: the instruction is {status}.</source>
      <translation>Отчёт нельзя зарегистрировать: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="181" />
      <source>A session belongs to a commission: set the commission up first (File → Settings → Commissions).</source>
      <translation>Заседание относится к комиссии: сначала заведите комиссию («Файл» → «Настройки…» → «Комиссии»).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="399" />
      <source>A signatory is not in the directory.</source>
      <translation>Подписанта нет в справочнике.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="224" />
      <source>A speaker needs a person from the directory or a name.</source>
      <translation>Для выступающего выберите лицо из справочника или укажите его ФИО.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="409" />
      <source>Add the signatories, or choose who signs otherwise.</source>
      <translation>Добавьте подписантов или выберите другой порядок подписания.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="570" />
      <source>Agenda item {id} does not exist.</source>
      <translation>Вопрос повестки дня не найден (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="147" />
      <source>An executor is listed twice.</source>
      <translation>Один и тот же исполнитель указан дважды. Удалите повтор.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="35" />
      <source>An in-memory database cannot be backed up.</source>
      <translation>Резервное копирование базы данных, размещённой в оперативной памяти, невозможно.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="175" />
      <source>An organisation is listed twice in the group.</source>
      <translation>Организация указана в группе дважды.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/place.py" line="146" />
      <source>Cannot create the folder {path}: {detail}</source>
      <translation>Не удаётся создать папку {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="197" />
      <source>Cannot open the database file ({detail}). Check the folder exists and you may write to it.</source>
      <translation>Не удаётся открыть файл базы данных ({detail}). Проверьте, что папка существует и у вас есть право записи в неё.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1772" />
      <source>Cannot open {path}: {detail}</source>
      <translation>Не удаётся открыть файл {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1838" />
      <source>Cannot read the database file {path}: {detail}. Check that you may read it.</source>
      <translation>Не удаётся прочитать файл базы данных {path}: {detail}. Проверьте, что у вас есть право на его чтение.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="151" />
      <source>Cannot read the due date "{text}". Write it as, for example: {examples}.</source>
      <translation>Не удаётся распознать срок «{text}». Укажите его, например, так: {examples}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="210" />
      <source>Cannot read the schedule "{text}": say by which day, for example: ежемесячно, до 5 числа; ежеквартально, до 5 числа месяца, следующего за отчетным; ежегодно, до 20 января.</source>
      <translation>Не удаётся распознать периодичность «{text}»: укажите, до какого числа, например: ежемесячно, до 5 числа; ежеквартально, до 5 числа месяца, следующего за отчетным; ежегодно, до 20 января.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="497" />
      <source>Cannot read {path}: {detail}</source>
      <translation>Не удаётся прочитать файл {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="357" />
      <source>Cannot write {path}: {detail}</source>
      <translation>Не удаётся записать файл {path}: {detail}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/directory/directory_edit.py" line="377" />
      <source>Choose a person from the list.</source>
      <translation>Выберите лицо из списка.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="354" />
      <source>Commission {id} does not exist.</source>
      <translation>Комиссия не найдена (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="672" />
      <source>Decision {id} does not exist.</source>
      <translation>Решение не найдено (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="363" />
      <source>Every control date already has its report; accept or return the reports awaiting a decision first.</source>
      <translation>По всем контрольным срокам отчёты уже поступили; сначала примите или верните отчёты, ожидающие решения.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="369" />
      <source>Executors not found in the directory: {names}. Choose who they are, or let the import add them; nothing was imported.</source>
      <translation>Исполнителей нет в справочнике: {names}. Укажите, кто это, или разрешите импорту их добавить; ничего не импортировано.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="465" />
      <source>Give all three vote counts (for, against, abstained), none negative.</source>
      <translation>Укажите все три итога голосования («за», «против», «воздержались»); числа не могут быть отрицательными.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="257" />
      <source>Give the reason for the extension.</source>
      <translation>Укажите причину продления срока.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="727" />
      <source>Instruction {id} does not exist.</source>
      <translation>Поручение не найдено (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="42" />
      <source>Instruction {number} is already being executed: change its deadline with an extension, or cancel it and issue a new one.</source>
      <translation>Поручение {number} уже находится на исполнении: измените срок через продление срока либо отмените поручение и дайте новое.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="260" />
      <source>Instruction {number} is no longer on control.</source>
      <translation>Поручение {number} уже снято с контроля.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="253" />
      <source>Instruction {number}'s deadline does not count from an event ("{due}"); nothing to compute.</source>
      <translation>Срок поручения {number} не отсчитывается от события («{due}»): вычислять нечего.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="157" />
      <source>Mark the session as held before approving it.</source>
      <translation>Прежде чем утвердить заседание, отметьте его как проведённое.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="422" />
      <source>Membership ends ({to}) before it starts ({frm}).</source>
      <translation>Дата окончания членства ({to}) раньше даты его начала ({frm}). Исправьте даты.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="445" />
      <source>Membership {id} does not exist.</source>
      <translation>Запись о членстве в комиссии не найдена (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="127" />
      <source>Name at least one executor; the first is the main executor.</source>
      <translation>Укажите хотя бы одного исполнителя; первый указанный считается основным исполнителем.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="271" />
      <source>No column holds the instruction's text. Map a column to the field «{field}».</source>
      <translation>Ни в одном столбце нет текста поручения. Укажите столбец для поля «{field}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/backup.py" line="164" />
      <source>No folder to unpack the backup {path} into.</source>
      <translation>Нет папки, в которую можно распаковать резервную копию {path}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="355" />
      <source>No person matches "{text}".</source>
      <translation>По запросу «{text}» никто не найден. Проверьте написание.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="325" />
      <source>No person or organisation matches "{text}".</source>
      <translation>Нет человека или организации, подходящих под «{text}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/workdays.py" line="348" />
      <source>No working day within {days} days of {date}: check the calendar table.</source>
      <translation>В пределах {days} дней от {date} нет ни одного рабочего дня: проверьте календарь рабочих и выходных дней.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="726" />
      <source>No. {number} of {year} appears twice in this file ({other})</source>
      <translation>№ {number} за {year} год встречается в файле дважды ({other})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="846" />
      <source>Nothing was changed: there is no terminal to ask whether to replace the database. Add --yes to restore without asking.</source>
      <translation>Ничего не изменено: нет терминала, чтобы спросить, заменять ли базу данных. Добавьте --yes, чтобы восстановить без вопроса.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="217" />
      <source>Only a done instruction can be taken off control; this one is {status}.</source>
      <translation>Снять с контроля можно только исполненное поручение; это поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="220" />
      <source>Only a done instruction or one taken off control can be put back on control; this one is {status}.</source>
      <translation>Вернуть на контроль можно только исполненное или снятое с контроля поручение; это поручение: {status}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="172" />
      <source>Only a group has members; set its kind to group.</source>
      <translation>Участники бывают только у группы; укажите вид «группа».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="215" />
      <source>Organisation {id} does not exist.</source>
      <translation>Организация не найдена (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="306" />
      <source>Person {id} does not exist.</source>
      <translation>Лицо не найдено в справочнике (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/settings.py" line="56" />
      <source>Reminders look ahead between 1 and {max} working days.</source>
      <translation>Напоминания смотрят вперёд на срок от 1 до {max} рабочих дней.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="742" />
      <source>Session No. {number} of {year} already exists in this commission with other contents</source>
      <translation>заседание № {number} за {year} год уже есть в этой комиссии, и его содержание отличается</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="402" />
      <source>Session No. {number} of {year} already exists in this commission. Choose another number.</source>
      <translation>Заседание № {number} за {year} год в этой комиссии уже есть. Выберите другой номер.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="414" />
      <source>Session {id} does not exist.</source>
      <translation>Заседание не найдено (ID {id}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/documents.py" line="244" />
      <source>Session {label} has no instructions.</source>
      <translation>По заседанию {label} поручений нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="180" />
      <source>Session {label} is approved and locked. Reopen it (with a reason) to change it.</source>
      <translation>Заседание {label} утверждено и закрыто для изменений. Чтобы внести изменения, откройте его повторно, указав причину.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="292" />
      <source>Set up the commission first: the register's protocols become its sessions.</source>
      <translation>Сначала настройте комиссию: протоколы реестра станут её заседаниями.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="64" />
      <source>Several commissions have a session {ref}; give its id instead ({ids}).</source>
      <translation>Заседание {ref} есть в нескольких комиссиях; вместо него укажите ID нужного заседания ({ids}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="330" />
      <source>The agenda item belongs to another session.</source>
      <translation>Пункт повестки относится к другому заседанию.</translation>
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
      <location filename="../../anticorr_desktop/cli.py" line="752" />
      <source>The database file is damaged ({detail}). Restore it from a backup.</source>
      <translation>Файл базы данных повреждён ({detail}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1812" />
      <source>The database file {path} is empty (0 bytes), yet it has backups in {folder}: it was lost, not new. None of the backups passes the checks; keep the files and ask for help.</source>
      <translation>Файл базы данных {path} пуст (0 байт), хотя в {folder} есть его резервные копии: база утрачена, а не новая. Ни одна резервная копия не проходит проверку; сохраните файлы и обратитесь за помощью.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1819" />
      <source>The database file {path} is empty (0 bytes), yet it has backups: it was lost, not new. Restore the newest good backup: anticorr --db {path} restore {backup}</source>
      <translation>Файл базы данных {path} пуст (0 байт), хотя у него есть резервные копии: база утрачена, а не новая. Восстановите последнюю исправную резервную копию: anticorr --db {path} restore {backup}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/writelock.py" line="36" />
      <source>The database is busy: another copy of the program is restoring, importing or saving. Nothing was saved; try again in a moment.</source>
      <translation>База данных занята: другая копия программы восстанавливает, импортирует или сохраняет данные. Ничего не сохранено; повторите попытку чуть позже.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="187" />
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
      <location filename="../../anticorr_desktop/storage/db.py" line="193" />
      <source>The database is open read-only. Nothing was saved.</source>
      <translation>База данных открыта только для чтения. Ничего не сохранено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1742" />
      <source>The database needs an upgrade that cannot run read-only.</source>
      <translation>Базе данных требуется обновление, которое невозможно выполнить в режиме только для чтения. Откройте её с правом записи.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1716" />
      <source>The database {path} does not exist. Check the path or create it with: anticorr init</source>
      <translation>Файл базы данных не найден: {path}. Проверьте путь или создайте базу данных командой: anticorr init</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="285" />
      <source>The database {path} does not exist. Create it with: anticorr init</source>
      <translation>Файл базы данных не найден: {path}. Создайте базу данных командой: anticorr init</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="215" />
      <source>The deadline cannot be extended: the instruction is {status}.</source>
      <translation>Срок нельзя продлить: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="154" />
      <source>The decision belongs to another session; pick a decision of this one.</source>
      <translation>Решение относится к другому заседанию; выберите решение этого заседания.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="406" />
      <source>The decision date {date} is before the report was received ({received}).</source>
      <translation>Дата решения {date} раньше даты поступления отчёта ({received}). Исправьте дату.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="927" />
      <source>The default day must be from 1 to 31.</source>
      <translation>День по умолчанию — число от 1 до 31.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/db.py" line="181" />
      <source>The disk is full or failed while saving. Nothing was saved. Free some space and try again.</source>
      <translation>Диск заполнен, или при сохранении произошёл сбой диска. Ничего не сохранено. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="191" />
      <source>The due date {due} is before the instruction was issued ({issued}).</source>
      <translation>Срок {due} раньше даты выдачи поручения ({issued}). Укажите более поздний срок.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="225" />
      <source>The event can no longer be recorded: the instruction is {status}.</source>
      <translation>Событие уже нельзя отметить: поручение — {status}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="264" />
      <source>The event's date {date} is before the instruction was issued ({issued}).</source>
      <translation>Дата события {date} раньше даты поручения ({issued}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="270" />
      <source>The event's date {date} is in the future; record it once it has happened.</source>
      <translation>Дата события {date} ещё не наступила; отметьте событие, когда оно произойдёт.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="1127" />
      <source>The file differs from this database in {n} record(s): {examples}. An import only adds what is missing and never rewrites what this database holds, so nothing was imported. Compare with an export of this database.</source>
      <translation>Файл расходится с этой базой в записях ({n}): {examples}. Импорт только добавляет недостающее и никогда не переписывает то, что уже есть в базе, поэтому ничего не импортировано. Сравните файл с выгрузкой из этой базы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="576" />
      <source>The file has format version {ver}; this program reads version {mine}. Install a newer version of the program.</source>
      <translation>Версия формата файла — {ver}, а программа читает версию {mine}. Установите более новую версию программы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="567" />
      <source>The file must hold a JSON object, not {kind}.</source>
      <translation>Файл должен содержать объект JSON, а не {kind}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="80" />
      <source>The file {path} does not exist.</source>
      <translation>Файла {path} нет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="82" />
      <source>The file {path} is too large to be a register (over {mb} MB).</source>
      <translation>Файл {path} слишком велик для реестра (больше {mb} МБ).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="132" />
      <source>The folder {folder} does not exist. Choose another.</source>
      <translation>Папка {folder} не существует. Выберите другую папку.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/base.py" line="137" />
      <source>The group {name} has no members; add its organisations in the directory or name them one by one.</source>
      <translation>В группе «{name}» нет участников: добавьте её организации в справочник или укажите их по одной.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="379" />
      <source>The header row is counted from 1.</source>
      <translation>Строка заголовка считается с 1.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="252" />
      <source>The header row {n} is outside the sheet (it has {rows} rows).</source>
      <translation>Строки заголовка {n} на листе нет (в нём {rows} строк).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="216" />
      <source>The instruction cannot be cancelled: it is {status}.</source>
      <translation>Поручение нельзя отменить: оно в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/schema.py" line="548" />
      <source>The journal's hash chain is broken at entry {seq}, so the database was not converted to this version's format (nothing was changed). Restore the newest good backup, or open the file with the previous version.</source>
      <translation>Цепочка хешей журнала нарушена на записи {seq}, поэтому база данных не преобразована в формат этой версии (ничего не изменено). Восстановите последнюю исправную резервную копию или откройте файл предыдущей версией программы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="251" />
      <source>The new due date {new} must be later than the current one, {old}.</source>
      <translation>Новый срок {new} должен быть позже текущего ({old}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="194" />
      <source>The period ends ({to}) before it starts ({frm}).</source>
      <translation>Дата окончания периода ({to}) раньше даты его начала ({frm}). Исправьте даты.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="371" />
      <source>The quorum must be a fraction between 0 and 1, such as 2/3.</source>
      <translation>Кворум должен быть дробью от 0 до 1, например 2/3.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="350" />
      <source>The register has {n} problem(s); nothing was imported. First: {first}</source>
      <translation>В реестре ошибок: {n}; ничего не импортировано. Первые: {first}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="342" />
      <source>The report date {date} is before the instruction was issued ({issued}).</source>
      <translation>Дата отчёта {date} раньше даты выдачи поручения ({issued}). Проверьте дату.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="348" />
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
      <location filename="../../anticorr_desktop/services/instructions.py" line="201" />
      <source>The schedule gives no control date before {until}. Check the day of the month or give an end date.</source>
      <translation>По указанной периодичности до {until} не приходится ни одного контрольного срока. Проверьте число месяца или укажите дату окончания.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="472" />
      <source>The session number must be a positive whole number.</source>
      <translation>Номер заседания должен быть целым положительным числом.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="764" />
      <source>The tracker lists no instructions: there is nothing to export.</source>
      <translation>На странице «Поручения» не показано ни одного поручения: выгружать нечего. Измените условия отбора.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="127" />
      <source>The workbook has no sheet "{sheet}"; its sheets: {names}.</source>
      <translation>В книге нет листа «{sheet}»; её листы: {names}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="395" />
      <source>There is no column "{column}"; the columns: {names}.</source>
      <translation>Столбца «{column}» нет; столбцы: {names}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="385" />
      <source>There is no report awaiting a decision. Register the executor's report first.</source>
      <translation>Нет отчёта, ожидающего решения. Сначала зарегистрируйте отчёт исполнителя.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="211" />
      <source>There is no report awaiting a decision: the instruction is {status}.</source>
      <translation>Нет отчёта, ожидающего решения: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="214" />
      <source>There is no report to return: the instruction is {status}.</source>
      <translation>Нет отчёта, который можно вернуть на доработку: поручение в статусе «{status}».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="62" />
      <source>There is no session {ref}.</source>
      <translation>Заседание {ref} не найдено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1735" />
      <source>This database was written by a newer version of the program (schema {names}). Install the newer version to open it.</source>
      <translation>Эта база данных создана более новой версией программы (схема {names}). Чтобы открыть её, установите новую версию программы.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="148" />
      <source>This decision already has its instruction; add another decision for a further instruction.</source>
      <translation>По этому решению поручение уже дано; для следующего поручения добавьте новое решение.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="691" />
      <source>This decision has instructions; cancel or remove them first.</source>
      <translation>По этому решению есть поручения; сначала отмените или удалите их.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/rules.py" line="249" />
      <source>This instruction has no due date to extend.</source>
      <translation>У этого поручения нет срока, который можно продлить.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="569" />
      <source>This is not an AntiCorr Desktop file ("format" should be "{fmt}").</source>
      <translation>Это не файл AntiCorr Desktop (поле «format» должно иметь значение «{fmt}»).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="274" />
      <source>This organisation is an executor, a person's place of work or a group's member; it cannot be deleted.</source>
      <translation>Эта организация является исполнителем, местом работы человека или участником группы; удалить её нельзя.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="350" />
      <source>This session has no instructions with executors yet, so there is nothing to extract.</source>
      <translation>В этом заседании пока нет поручений с указанными исполнителями, поэтому формировать выписки не из чего.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="130" />
      <source>Tick at least one executor.</source>
      <translation>Отметьте хотя бы одного исполнителя.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/cli.py" line="404" />
      <source>Unknown field "{field}"; the fields: {fields}.</source>
      <translation>Неизвестное поле «{field}»; поля: {fields}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="265" />
      <source>Unknown field(s): {names}. The fields: {fields}.</source>
      <translation>Неизвестные поля: {names}. Поля: {fields}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="388" />
      <source>Write the decisions' lead-in, or choose a standard one.</source>
      <translation>Напишите вводное слово решений или выберите стандартное.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="386" />
      <source>Write the protocol's title, or choose a standard one.</source>
      <translation>Напишите заголовок протокола или выберите стандартный.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="391" />
      <source>Write the vote words as three words separated by "/", such as: за / против / воздержались.</source>
      <translation>Напишите слова голосования тремя словами через «/», например: за / против / воздержались.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="640" />
      <source>ends before it starts</source>
      <translation>дата окончания раньше даты начала</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="846" />
      <source>is "{value}"; expected for, against or abstained</source>
      <translation>равно «{value}»; ожидается for, against или abstained</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="690" />
      <source>is "{value}"; expected one of: {allowed}</source>
      <translation>равно «{value}»; ожидается одно из: {allowed}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="966" />
      <source>is earlier than the original due date</source>
      <translation>текущий срок раньше первоначального</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="760" />
      <source>is marked present and absent at once</source>
      <translation>одновременно отмечены присутствие и отсутствие</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="381" />
      <source>is missing</source>
      <translation>поле отсутствует</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="396" />
      <source>is missing or empty</source>
      <translation>поле отсутствует или не заполнено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="979" />
      <source>is missing: write the due rule as text (e.g. "до 25 декабря 2024 года") or as an object</source>
      <translation>поле отсутствует: укажите срок текстом (например, «до 25 декабря 2024 года») или объектом</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="955" />
      <source>is not a valid due rule</source>
      <translation>недопустимое правило определения срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="403" />
      <source>is too long ({n} characters; the limit is {limit})</source>
      <translation>текст слишком длинный (символов: {n}; допускается не более {limit})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="721" />
      <source>is {year} but the session's date is in {dyear}</source>
      <translation>указан {year} год, но дата заседания относится к {dyear} году</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="918" />
      <source>lists the same executor twice</source>
      <translation>один и тот же исполнитель указан дважды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="753" />
      <source>lists the same person twice</source>
      <translation>одно и то же лицо указано дважды</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="618" />
      <source>must be "m", "f" or empty</source>
      <translation>должно быть «m», «f» или пусто</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="455" />
      <source>must be a date as text (YYYY-MM-DD)</source>
      <translation>значение должно быть датой в виде текста (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="635" />
      <source>must be a fraction between 0 and 1, such as 2/3</source>
      <translation>значение должно быть дробью от 0 до 1, например 2/3</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="384" />
      <source>must be a list</source>
      <translation>значение должно быть списком</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="596" />
      <source>must be a list of organisation uids</source>
      <translation>должен быть списком uid организаций</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="429" />
      <source>must be a whole number, not {value}</source>
      <translation>значение должно быть целым числом, а не {value}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="678" />
      <source>must be an object</source>
      <translation>значение должно быть объектом</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="832" />
      <source>must be an object with for, against, abstained</source>
      <translation>значение должно быть объектом с полями for, against, abstained</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="435" />
      <source>must be at least {minimum}</source>
      <translation>значение должно быть не меньше {minimum}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="399" />
      <source>must be text, not {value}</source>
      <translation>значение должно быть текстом, а не {value}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="699" />
      <source>must be three words separated by "/"</source>
      <translation>должно состоять из трёх слов через «/»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="441" />
      <source>must be true or false</source>
      <translation>значение должно быть true или false</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="889" />
      <source>must list at least one executor (the first is the main executor)</source>
      <translation>укажите хотя бы одного исполнителя (первый считается основным исполнителем)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="787" />
      <source>needs a person or a name</source>
      <translation>укажите лицо из справочника (person) или ФИО (name)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="964" />
      <source>needs the original and the current due date</source>
      <translation>укажите первоначальный и текущий сроки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="839" />
      <source>refers to an agenda item not in this session "{uid}"</source>
      <translation>ссылается на пункт повестки не из этого заседания «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="716" />
      <source>refers to an unknown commission "{uid}"</source>
      <translation>ссылка на неизвестную комиссию «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="989" />
      <source>refers to an unknown control point</source>
      <translation>ссылка на неизвестный контрольный срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="884" />
      <source>refers to an unknown decision "{uid}"</source>
      <translation>ссылка на неизвестное решение «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="608" />
      <source>refers to an unknown organisation "{uid}"</source>
      <translation>ссылка на неизвестную организацию «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="561" />
      <source>refers to an unknown person "{uid}"</source>
      <translation>ссылка на неизвестное лицо «{uid}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="1014" />
      <source>the new date {new} must be later than the old one {old}</source>
      <translation>новая дата {new} должна быть позже прежней ({old})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="992" />
      <source>{date} is before the instruction was issued</source>
      <translation>дата {date} раньше даты выдачи поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="925" />
      <source>{msg}</source>
      <translation>{msg}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="168" />
      <source>{name} appears twice in the attendance list.</source>
      <translation>В списке участников заседания дважды указано одно и то же лицо: {name}. Удалите повтор.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="499" />
      <source>{name} has no instructions in session {label}.</source>
      <translation>По заседанию {label} нет поручений для исполнителя {name}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="181" />
      <source>{name} is marked present and absent at once.</source>
      <translation>{name}: одновременно отмечены присутствие и отсутствие. Оставьте только одну отметку.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="336" />
      <source>{name} voted twice on the same question.</source>
      <translation>{name} проголосовал(а) дважды по одному вопросу.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/documents.py" line="154" />
      <source>{n} text(s) have no {lang} version: {items}. Fill them in, or print with the other language marked (--allow-mixed).</source>
      <translation>Текстов без версии на языке «{lang}»: {n} — {items}. Заполните их или печатайте с пометкой другого языка (--allow-mixed).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="119" />
      <source>{path} cannot be read as an Excel workbook: {detail}</source>
      <translation>{path} не читается как книга Excel: {detail}</translation>
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
      <location filename="../../anticorr_desktop/storage/store.py" line="1705" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} — это папка, а не файл базы данных. Укажите путь к файлу.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1880" />
      <source>{path} is another program's SQLite file, not a database of this program. It was not changed. Check the path.</source>
      <translation>{path} — файл SQLite другой программы, а не база данных этой программы. Он не изменён. Проверьте путь.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="510" />
      <source>{path} is not UTF-8 text (byte {pos}).</source>
      <translation>Файл {path} не является текстом в кодировке UTF-8 (байт {pos}). Сохраните файл в кодировке UTF-8.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1846" />
      <source>{path} is not a database of this program: it is not an SQLite file. Check the path; if it was the commission's database, it is damaged: restore the newest good backup.</source>
      <translation>{path} — не база данных этой программы: это не файл SQLite. Проверьте путь; если это была база данных комиссии, она повреждена: восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/storage/store.py" line="1722" />
      <source>{path} is not a regular file (a device, a pipe or a socket), so it cannot hold a database. Give the path of a database file.</source>
      <translation>{path} — не обычный файл (устройство, канал или сокет), в нём не может быть базы данных. Укажите путь к файлу базы данных.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="520" />
      <source>{path} is not valid JSON: {msg} at line {line}, column {col}.</source>
      <translation>Файл {path} содержит ошибку в формате JSON: {msg} (строка {line}, столбец {col}).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/interchange.py" line="501" />
      <source>{path} is {mb} MB; an interchange file may be at most {limit} MB.</source>
      <translation>Размер файла {path} — {mb} МБ; размер файла обмена не может превышать {limit} МБ.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="93" />
      <source>{path}: a register is read from an Excel workbook (.xlsx) or a CSV file (.csv).</source>
      <translation>{path}: реестр читается из книги Excel (.xlsx) или файла CSV (.csv).</translation>
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
      <location filename="../../anticorr_desktop/services/register.py" line="423" />
      <source>{where}; nothing was imported.</source>
      <translation>{where}; ничего не импортировано.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="241" />
      <source>до 10:00 15 марта 2025 года, 15.03.2025 до 18:00</source>
      <translation>до 10:00 15 марта 2025 года, 15.03.2025 до 18:00</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/dueparse.py" line="263" />
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
      <location filename="../../anticorr_desktop/services/documents.py" line="122" />
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
      <location filename="../../anticorr_desktop/services/queries.py" line="299" />
      <source>Deadline extended</source>
      <translation>Срок продлён</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="393" />
      <source>Due date: {old} → {new}</source>
      <translation>Срок: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="314" />
      <source>Issued</source>
      <translation>Поручение дано</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="690" />
      <source>Report accepted</source>
      <translation>Отчёт принят</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="371" />
      <source>Report received</source>
      <translation>Отчёт получен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/reports/build.py" line="691" />
      <source>Returned for rework</source>
      <translation>Возвращено на доработку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="325" />
      <source>Status: {old} → {new}</source>
      <translation>Статус: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="403" />
      <source>Status: {status}</source>
      <translation>Статус: {status}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="358" />
      <source>Text edited</source>
      <translation>Текст изменён</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="348" />
      <source>The event occurred on {date}</source>
      <translation>Событие наступило {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="76" />
      <source>the event occurred</source>
      <translation>событие наступило</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="75" />
      <source>the next session was cancelled</source>
      <translation>следующее заседание отменено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="74" />
      <source>the next session was moved</source>
      <translation>следующее заседание перенесено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/queries.py" line="73" />
      <source>the next session was scheduled</source>
      <translation>назначено следующее заседание</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="731" />
      <source>"{value}" holds no number</source>
      <translation>в «{value}» нет номера</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="744" />
      <source>"{value}" is in the future</source>
      <translation>«{value}» — дата в будущем</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="926" />
      <source>"{value}" is not a date</source>
      <translation>«{value}» — это не дата</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="822" />
      <source>"{value}" is not a status the program knows (исполнено / на контроле / снято с контроля / отменено)</source>
      <translation>«{value}» — такого статуса программа не знает (исполнено / на контроле / снято с контроля / отменено)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="676" />
      <source>"{value}" is too long for a number</source>
      <translation>«{value}» слишком длинно для номера</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="925" />
      <source>"{value}" — there is no such date</source>
      <translation>«{value}» — такой даты нет</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="92" />
      <source>A list of signatories</source>
      <translation>Список подписантов</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="367" />
      <source>Absence reason: {name}</source>
      <translation>Причина отсутствия: {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="214" />
      <source>Agenda item title</source>
      <translation>Наименование вопроса повестки дня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="90" />
      <source>All members present</source>
      <translation>Все присутствующие члены</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="130" />
      <source>Approved</source>
      <translation>Утверждено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="533" />
      <source>Basis for taking off control</source>
      <translation>Основание снятия с контроля</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="119" />
      <source>Cancelled</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="133" />
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="89" />
      <source>Chair and secretary</source>
      <translation>Председатель и секретарь</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="72" />
      <source>Commission</source>
      <translation>Комиссия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="368" />
      <source>Commission name</source>
      <translation>Наименование комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="96" />
      <source>Decided: РЕШИЛИ / ШЕШІМ ЕТТІ</source>
      <translation>Решили: РЕШИЛИ / ШЕШІМ ЕТТІ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="288" />
      <source>Decision text</source>
      <translation>Текст решения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="398" />
      <source>Decision {number}</source>
      <translation>Решение {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="134" />
      <source>Deputy chair</source>
      <translation>Заместитель председателя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="117" />
      <source>Done</source>
      <translation>Исполнено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="128" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="123" />
      <source>Extended</source>
      <translation>Расширенное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="124" />
      <source>Extraordinary</source>
      <translation>Внеочередное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="129" />
      <source>Held</source>
      <translation>Проведено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="404" />
      <source>Imported from the register {name}</source>
      <translation>Импортировано из реестра {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="167" />
      <source>Instruction text</source>
      <translation>Текст поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="385" />
      <source>Item {n}: speaker {name}</source>
      <translation>Пункт {n}: выступающий {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="376" />
      <source>Item {n}: summary</source>
      <translation>Пункт {n}: текст</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="375" />
      <source>Item {n}: title</source>
      <translation>Пункт {n}: название</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="390" />
      <source>Item {n}: what {name} said</source>
      <translation>Пункт {n}: выступление ({name})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="75" />
      <source>Meeting</source>
      <translation>Совещание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="136" />
      <source>Member</source>
      <translation>Член комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="86" />
      <source>Nothing</source>
      <translation>Ничего</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="125" />
      <source>Off-site</source>
      <translation>Выездное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="114" />
      <source>On control</source>
      <translation>На контроле</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="81" />
      <source>Own text</source>
      <translation>Свой текст</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="361" />
      <source>Place</source>
      <translation>Место проведения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="409" />
      <source>Position: {name}</source>
      <translation>Должность: {name}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="76" />
      <source>Public discussion</source>
      <translation>Общественное обсуждение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="518" />
      <source>Reason for cancelling</source>
      <translation>Причина отмены</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="549" />
      <source>Reason for putting back on control</source>
      <translation>Причина возврата на контроль</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/sessions.py" line="154" />
      <source>Reason for reopening</source>
      <translation>Причина повторного открытия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="434" />
      <source>Reason for rework</source>
      <translation>Причина возврата на доработку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="472" />
      <source>Reason for the extension</source>
      <translation>Причина продления срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="122" />
      <source>Regular</source>
      <translation>Очередное</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="115" />
      <source>Report received</source>
      <translation>Отчёт получен</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="352" />
      <source>Report text</source>
      <translation>Текст отчёта</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="95" />
      <source>Resolved: ПОСТАНОВИЛИ / ҚАУЛЫ ЕТТІ</source>
      <translation>Постановили: ПОСТАНОВИЛИ / ҚАУЛЫ ЕТТІ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="116" />
      <source>Returned for rework</source>
      <translation>Возвращено на доработку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="135" />
      <source>Secretary</source>
      <translation>Секретарь</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="91" />
      <source>Secretary alone</source>
      <translation>Только секретарь</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="84" />
      <source>Session number</source>
      <translation>Номер заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="165" />
      <source>Short name</source>
      <translation>Краткое наименование</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="74" />
      <source>Supervisory board</source>
      <translation>Наблюдательный совет</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/directory.py" line="338" />
      <source>Surname</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/model.py" line="118" />
      <source>Taken off control</source>
      <translation>Снято с контроля</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="79" />
      <source>Type and the session's kind</source>
      <translation>Вид документа и вид заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="80" />
      <source>Type only</source>
      <translation>Только вид документа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/instructions.py" line="473" />
      <source>Who decided</source>
      <translation>Кто принял решение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="85" />
      <source>Without a number (б/н)</source>
      <translation>Без номера (б/н)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/domain/frame.py" line="73" />
      <source>Working group</source>
      <translation>Рабочая группа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="865" />
      <source>done, with no date: taken as done on {date}</source>
      <translation>исполнено, без даты: считается исполненным {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="831" />
      <source>longer than 100 characters</source>
      <translation>длиннее 100 знаков</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="692" />
      <source>no executor is named</source>
      <translation>не указан ни один исполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="801" />
      <source>no protocol: taken as issued on {date}</source>
      <translation>протокола нет: поручение считается данным {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="907" />
      <source>not in the directory; added as a person</source>
      <translation>нет в справочнике; будет добавлен как человек</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="905" />
      <source>not in the directory; added as an organisation</source>
      <translation>нет в справочнике; будет добавлен как организация</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="901" />
      <source>not in the directory; candidates: {names}</source>
      <translation>нет в справочнике; кандидаты: {names}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="314" />
      <source>row {row}, «{column}»: {problem}</source>
      <translation>строка {row}, «{column}»: {problem}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="425" />
      <source>row {row}: {problem}</source>
      <translation>строка {row}: {problem}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="889" />
      <source>session {label} is approved and locked; reopen it to add instructions</source>
      <translation>заседание {label} утверждено и закрыто для изменений; откройте его снова, чтобы добавить поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="763" />
      <source>session {label} is of {date} in this database, not {other}</source>
      <translation>заседание {label} в этой базе от {date}, а не от {other}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="780" />
      <source>the deadline is longer than 300 characters</source>
      <translation>срок длиннее 300 знаков</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="806" />
      <source>the due date {due} is before the protocol's date ({issued})</source>
      <translation>срок {due} раньше даты протокола ({issued})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="736" />
      <source>the protocol's date is missing</source>
      <translation>нет даты протокола</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="729" />
      <source>the protocol's number is missing</source>
      <translation>нет номера протокола</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="850" />
      <source>the report date {date} is before the protocol's date ({issued})</source>
      <translation>дата ответа {date} раньше даты протокола ({issued})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/register.py" line="702" />
      <source>the same executor is named twice; kept once</source>
      <translation>один и тот же исполнитель указан дважды; оставлен один раз</translation>
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
      <location filename="../../anticorr_desktop/ui/main_window.py" line="397" />
      <source>&amp;About AntiCorr Desktop</source>
      <translation>&amp;О программе AntiCorr Desktop</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="380" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="390" />
      <source>&amp;Find instructions</source>
      <translation>&amp;Найти поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="392" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="391" />
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="386" />
      <source>&amp;New session</source>
      <translation>Новое &amp;заседание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="384" />
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="385" />
      <source>&amp;Settings…</source>
      <translation>&amp;Настройки…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="393" />
      <source>&amp;User guide</source>
      <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="387" />
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="377" />
      <source>AntiCorr Desktop</source>
      <translation>AntiCorr Desktop</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="63" />
      <source>Directory</source>
      <translation>Справочник</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="382" />
      <source>Import register…</source>
      <translation>Импорт реестра…</translation>
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
    <name>Register</name>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="479" />
      <source>Add to the directory as a person</source>
      <translation>Добавить в справочник как человека</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="480" />
      <source>Add to the directory as an organisation</source>
      <translation>Добавить в справочник как организацию</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="449" />
      <source>Already in the database: left as it is.</source>
      <translation>Уже есть в базе: оставлено как есть.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="200" />
      <source>An Excel workbook (.xlsx) or a CSV file. Titles above the column names are skipped: check the header row.</source>
      <translation>Книга Excel (.xlsx) или файл CSV. Заголовки над названиями столбцов пропускаются: проверьте строку заголовка.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="205" />
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="47" />
      <source>Co-executors</source>
      <translation>Соисполнители</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="308" />
      <source>Column</source>
      <translation>Столбец</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="300" />
      <source>Columns and fields</source>
      <translation>Столбцы и поля</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="48" />
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="393" />
      <source>Each row as it will be stored. Nothing is written until you press Import; the import is all or nothing, after a backup.</source>
      <translation>Каждая строка так, как она будет сохранена. Ничего не записывается, пока вы не нажмёте «Импортировать»; импорт — всё или ничего, после резервной копии.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="46" />
      <source>Executors</source>
      <translation>Исполнители</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="400" />
      <source>Executors the directory does not know for sure:</source>
      <translation>Исполнители, которых справочник не знает наверняка:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="308" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="206" />
      <source>File:</source>
      <translation>Файл:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="308" />
      <source>First value</source>
      <translation>Первое значение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="208" />
      <source>Header row:</source>
      <translation>Строка заголовка:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="93" />
      <source>Import</source>
      <translation>Импортировать</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="92" />
      <source>Import a register</source>
      <translation>Импорт реестра</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="314" />
      <source>Imported: {created} instruction(s), {unchanged} already here; new sessions: {sessions}, new people: {people}, new organisations: {orgs}.</source>
      <translation>Импортировано поручений: {created}, уже были: {unchanged}; новых заседаний: {sessions}, новых людей: {people}, новых организаций: {orgs}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="148" />
      <source>Importing…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="45" />
      <source>Instruction text</source>
      <translation>Текст поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="308" />
      <source>Name in the file</source>
      <translation>Название в файле</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="42" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="53" />
      <source>Notes</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="52" />
      <source>Outgoing No.</source>
      <translation>Исх. №</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="391" />
      <source>Preview</source>
      <translation>Предпросмотр</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="367" />
      <source>Problems</source>
      <translation>Ошибки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="502" />
      <source>Problems: {n}. Correct them in the file and read it again (Back, Next).</source>
      <translation>Ошибок: {n}. Исправьте их в файле и прочитайте его снова («Назад», «Далее»).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="43" />
      <source>Protocol No.</source>
      <translation>№ протокола</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="44" />
      <source>Protocol date</source>
      <translation>Дата протокола</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="235" />
      <source>Reading the register…</source>
      <translation>Чтение реестра…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="216" />
      <source>Registers (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
      <translation>Реестры (*.xlsx *.xlsm *.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="50" />
      <source>Report</source>
      <translation>Отчёт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="51" />
      <source>Report date</source>
      <translation>Дата ответа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="360" />
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="492" />
      <source>Rows: {new} to import, {old} already in the database, {skipped} skipped (empty rows, titles, totals). New sessions: {sessions}.</source>
      <translation>Строк: {new} к импорту, {old} уже в базе, {skipped} пропущено (пустые строки, заголовки, итоги). Новые заседания: {sessions}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="361" />
      <source>Session</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="207" />
      <source>Sheet:</source>
      <translation>Лист:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/registers.py" line="49" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="363" />
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/main_window.py" line="326" />
      <source>The database was backed up first: {path}</source>
      <translation>Перед этим создана резервная копия базы: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="209" />
      <source>The first rows of the sheet; the header row is highlighted.</source>
      <translation>Первые строки листа; строка заголовка выделена.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="198" />
      <source>The register's file</source>
      <translation>Файл реестра</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="302" />
      <source>Which field each column holds. Guessed from the column names; the choice is remembered for the next import.</source>
      <translation>Какое поле в каждом столбце. Определено по названиям столбцов; выбор запоминается для следующего импорта.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="399" />
      <source>Who it is</source>
      <translation>Кто это</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="399" />
      <source>Written in the register</source>
      <translation>Написано в реестре</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="475" />
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/register/wizard.py" line="328" />
      <source>— not imported —</source>
      <translation>— не импортировать —</translation>
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
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="879" />
      <source>&amp;Print</source>
      <translation>&amp;Печать</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="941" />
      <source>, comma</source>
      <translation>, запятая</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="940" />
      <source>; semicolon (Excel in Russian)</source>
      <translation>; точка с запятой (Excel на русском языке)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="870" />
      <source>All executors (a file each, into a folder)</source>
      <translation>Все исполнители (отдельный файл для каждого, в папку)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="403" />
      <source>All instructions ({n})</source>
      <translation>Все поручения ({n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="774" />
      <source>AntiCorr JSON files (*.json)</source>
      <translation>Файлы JSON AntiCorr (*.json)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="828" />
      <source>AntiCorr JSON files (*.json);;All files (*)</source>
      <translation>Файлы JSON AntiCorr (*.json);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="928" />
      <source>As of:</source>
      <translation>На дату:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="771" />
      <source>CSV files (*.csv)</source>
      <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="937" />
      <source>CSV separator:</source>
      <translation>Разделитель CSV:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="949" />
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="951" />
      <source>Calendar (ICS)…</source>
      <translation>Календарь (ICS)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="773" />
      <source>Calendars (*.ics)</source>
      <translation>Календари (*.ics)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="970" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="560" />
      <source>Cancelled; nothing was written.</source>
      <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="521" />
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="934" />
      <source>Discipline report (PDF)…</source>
      <translation>Отчёт о дисциплине (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="950" />
      <source>Excel (XLSX)…</source>
      <translation>Excel (XLSX)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="772" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="947" />
      <source>Excel: a sheet for each main executor</source>
      <translation>Excel: отдельный лист для каждого основного исполнителя</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="930" />
      <source>Executive discipline</source>
      <translation>Исполнительская дисциплина</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="815" />
      <source>Exporting the task list…</source>
      <translation>Выгрузка списка поручений…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="915" />
      <source>Extract for:</source>
      <translation>Выписка для:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="917" />
      <source>Extracts (PDF)…</source>
      <translation>Выписки (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="919" />
      <source>Extracts (Word)…</source>
      <translation>Выписки (Word)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="703" />
      <source>Extracts written: {n}, into {path}</source>
      <translation>Сформировано выписок: {n}, папка: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="671" />
      <source>Folder for the extracts (a file each)</source>
      <translation>Папка для выписок (отдельный файл для каждого исполнителя)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="908" />
      <source>For each main executor, of the instructions due in the period: on time × 100 / (on time + late + still overdue).</source>
      <translation>По каждому основному исполнителю, по поручениям со сроком в пределах периода: в срок × 100 / (в срок + с нарушением срока + просрочено).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="931" />
      <source>From:</source>
      <translation>С:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="960" />
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="826" />
      <source>Import a JSON file</source>
      <translation>Импорт файла JSON</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="969" />
      <source>Import a JSON file…</source>
      <translation>Импортировать файл JSON…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="849" />
      <source>Imported: {created} new, {updated} changed, {unchanged} unchanged.</source>
      <translation>Импорт завершён: новых записей — {created}, изменённых — {updated}, без изменений — {unchanged}.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="859" />
      <source>Importing {name}…</source>
      <translation>Импорт файла {name}…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="901" />
      <source>Instructions still open after their due date, by main executor, with the days overdue, the extensions and the last report.</source>
      <translation>Поручения, не исполненные в срок, в разрезе основных исполнителей — с количеством дней просрочки, продлениями срока и последним отчётом.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="810" />
      <source>Instructions written: {n}, to {path}</source>
      <translation>Записано поручений: {n}, файл: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="952" />
      <source>JSON…</source>
      <translation>JSON…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="878" />
      <source>Language of the documents:</source>
      <translation>Язык документов:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="916" />
      <source>Minutes (PDF)…</source>
      <translation>Протокол (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="918" />
      <source>Minutes (Word)…</source>
      <translation>Протокол (Word)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="892" />
      <source>Minutes and extracts</source>
      <translation>Протоколы и выписки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="354" />
      <source>No. {number} of {date}</source>
      <translation>№ {number} от {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="971" />
      <source>Open folder</source>
      <translation>Открыть папку</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="927" />
      <source>Overdue instructions</source>
      <translation>Просроченные поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="929" />
      <source>Overdue report (PDF)…</source>
      <translation>Отчёт о просроченных (PDF)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="599" />
      <source>PDF documents (*.pdf)</source>
      <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="881" />
      <source>Print a document of this page, with its choices (session, dates)</source>
      <translation>Напечатать документ этой страницы с выбранными параметрами (заседание, даты)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="920" />
      <source>Save as Word: a copy to edit, with the same text as the PDF. The record stays the program's; the copy's footer says so.</source>
      <translation>Сохранить в Word: копия для правки с тем же текстом, что и PDF. Документом остаётся запись в программе; это сказано в нижнем колонтитуле копии.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="741" />
      <source>Save the discipline report</source>
      <translation>Сохранение отчёта об исполнительской дисциплине</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="680" />
      <source>Save the extract</source>
      <translation>Сохранение выписки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="645" />
      <source>Save the minutes</source>
      <translation>Сохранение протокола</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="718" />
      <source>Save the overdue report</source>
      <translation>Сохранение отчёта о просроченных поручениях</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="777" />
      <source>Save the task list</source>
      <translation>Сохранение списка поручений</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="592" />
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="914" />
      <source>Session:</source>
      <translation>Заседание:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="962" />
      <source>Sessions and the directory from another copy of the program. The whole file is checked before anything is written, and the database is backed up first; importing the same file again changes nothing.</source>
      <translation>Заседания и справочник из другой копии программы. Перед записью проверяется весь файл, а перед импортом создаётся резервная копия базы данных; повторный импорт того же файла ничего не меняет.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="936" />
      <source>Task list</source>
      <translation>Список поручений</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="954" />
      <source>The calendar holds the due dates of open instructions, for Outlook or a phone. JSON is the program's own format: another copy of AntiCorr Desktop imports it.</source>
      <translation>Календарь содержит сроки неисполненных поручений — для Outlook или телефона. JSON — собственный формат программы: его можно импортировать в другую копию AntiCorr Desktop.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="853" />
      <source>The database was backed up first: {path}</source>
      <translation>Перед импортом создана резервная копия базы данных: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="889" />
      <source>The discipline report</source>
      <translation>Отчёт об исполнительской дисциплине</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="887" />
      <source>The extracts (or the extract)</source>
      <translation>Выписки (или выписку)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="409" />
      <source>The instructions the tracker lists now (open the tracker first)</source>
      <translation>Поручения, показанные сейчас на странице «Поручения» (сначала откройте эту страницу)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="416" />
      <source>The instructions the tracker lists now, with its filters ({n})</source>
      <translation>Поручения, показанные сейчас на странице «Поручения», с учётом фильтров ({n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="894" />
      <source>The minutes of a session, and the extracts that go to each executor with their instructions only.</source>
      <translation>Протокол заседания и выписки из него для исполнителей — каждому только с его поручениями.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="886" />
      <source>The minutes of the session</source>
      <translation>Протокол заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="888" />
      <source>The overdue report</source>
      <translation>Отчёт о просроченных поручениях</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="408" />
      <source>The tracker's list (open it first)</source>
      <translation>Список на странице «Поручения» (откройте её)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="413" />
      <source>The tracker's list ({n})</source>
      <translation>Список на странице «Поручения» ({n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="598" />
      <source>Word documents (*.docx)</source>
      <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="745" />
      <source>Writing the discipline report…</source>
      <translation>Формирование отчёта об исполнительской дисциплине…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="709" />
      <source>Writing the extracts…</source>
      <translation>Формирование выписок…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="649" />
      <source>Writing the minutes…</source>
      <translation>Формирование протокола…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="720" />
      <source>Writing the overdue report…</source>
      <translation>Формирование отчёта о просроченных поручениях…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="742" />
      <source>discipline-{start}-{end}</source>
      <translation>дисциплина-{start}-{end}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="778" />
      <source>instructions-{date}</source>
      <translation>поручения-{date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="646" />
      <source>minutes-{year}-{number}</source>
      <translation>протокол-{year}-{number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="719" />
      <source>overdue-{date}</source>
      <translation>просроченные-{date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="942" />
      <source>tab</source>
      <translation>табуляция</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/reports/reports_page.py" line="932" />
      <source>to:</source>
      <translation>по:</translation>
    </message>
  </context>
  <context>
    <name>SessionEditor</name>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="205" />
      <source> (no day written: by each Friday)</source>
      <translation> (день не указан: к каждой пятнице)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="209" />
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
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="198" />
      <source> … ({n} control dates in the year)</source>
      <translation> … (контрольных сроков в году: {n})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="288" />
      <source>&amp;Commission:</source>
      <translation>&amp;Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="290" />
      <source>&amp;Date:</source>
      <translation>&amp;Дата:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="333" />
      <source>&amp;Decision:</source>
      <translation>&amp;Решение:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="162" />
      <source>&amp;Folder:</source>
      <translation>&amp;Папка:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="156" />
      <source>&amp;Language:</source>
      <translation>&amp;Язык:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="289" />
      <source>&amp;Number:</source>
      <translation>&amp;Номер:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="291" />
      <source>&amp;Place:</source>
      <translation>&amp;Место:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="39" />
      <source>&amp;Reason:</source>
      <translation>&amp;Причина:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="301" />
      <source>&amp;Time:</source>
      <translation>Вр&amp;емя:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="381" />
      <source>&amp;Title:</source>
      <translation>&amp;Наименование:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="318" />
      <source>&amp;Vote on the agenda taken:</source>
      <translation>&amp;Голосование по повестке:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="400" />
      <source>&amp;Vote taken:</source>
      <translation>&amp;Голосование:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="62" />
      <source>(no text yet)</source>
      <translation>(текст ещё не введён)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="77" />
      <source>(no title yet)</source>
      <translation>(наименование ещё не введено)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="302" />
      <source>15:00</source>
      <translation>15:00</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="248" />
      <source>; moved from {date}</source>
      <translation>; перенесено с {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="475" />
      <source>A Word copy to edit, with the same text as the PDF. The record stays the program's; the copy's footer says so.</source>
      <translation>Копия в Word для правки с тем же текстом, что и PDF. Документом остаётся запись в программе; это сказано в нижнем колонтитуле копии.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="60" />
      <source>Absence reason</source>
      <translation>Причина отсутствия</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="409" />
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="326" />
      <source>Add decision</source>
      <translation>Добавить решение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="377" />
      <source>Add item</source>
      <translation>Добавить вопрос</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="287" />
      <source>Add speaker</source>
      <translation>Добавить выступающего</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="411" />
      <source>Add to the directory…</source>
      <translation>Добавить в справочник…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="393" />
      <source>Agenda</source>
      <translation>Повестка дня</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="325" />
      <source>Agenda &amp;item:</source>
      <translation>&amp;Вопрос повестки дня:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/drafts.py" line="401" />
      <source>Agenda item {n}</source>
      <translation>Пункт повестки {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="297" />
      <source>Agenda:</source>
      <translation>Повестка:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="469" />
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
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="415" />
      <source>Approved — read-only. To change the minutes, reopen the session with a reason.</source>
      <translation>Утверждено — только для чтения. Чтобы изменить протокол, откройте заседание повторно, указав причину.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="154" />
      <source>Approve…</source>
      <translation>Утвердить…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="47" />
      <source>As written</source>
      <translation>Как написано</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="392" />
      <source>Attendance</source>
      <translation>Участники</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="260" />
      <source>Both languages complete</source>
      <translation>Оба языка заполнены</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="294" />
      <source>C&amp;hair:</source>
      <translation>&amp;Председатель:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="426" />
      <source>Cancelled.</source>
      <translation>Отменено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="344" />
      <source>Choose an agenda item above, then add its decisions with "Add decision".</source>
      <translation>Выберите вопрос повестки дня выше, затем добавьте решения по нему кнопкой «Добавить решение».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="164" />
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="413" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="114" />
      <source>Co-executor</source>
      <translation>Соисполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="398" />
      <source>Contro&amp;ller:</source>
      <translation>&amp;Контролирующее лицо:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="399" />
      <source>D&amp;ue:</source>
      <translation>&amp;Срок:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/drafts.py" line="414" />
      <source>Decision {number}</source>
      <translation>Решение {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="396" />
      <source>Decisions and instructions</source>
      <translation>Решения и поручения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="378" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="345" />
      <source>Delete agenda item {n} with its speakers and decisions? It is removed from the database when you save.</source>
      <translation>Удалить вопрос повестки дня № {n} вместе с выступающими и решениями? Из базы данных он будет удалён при сохранении.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="333" />
      <source>Delete item</source>
      <translation>Удаление вопроса</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="380" />
      <source>Down</source>
      <translation>Вниз</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="159" />
      <source>E&amp;xecutors:</source>
      <translation>&amp;Исполнители:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="148" />
      <source>Each ticked executor gets a file with the decisions addressed to them.</source>
      <translation>Для каждого отмеченного исполнителя формируется отдельный файл с адресованными ему решениями.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="60" />
      <source>Executor</source>
      <translation>Исполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="146" />
      <source>Extracts of the minutes</source>
      <translation>Выписки из протокола</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="453" />
      <source>Extracts…</source>
      <translation>Выписки…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="43" />
      <source>Fill in the {language} texts</source>
      <translation>Заполните тексты на {language} языке</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="139" />
      <source>Folder for the extracts</source>
      <translation>Папка для выписок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="391" />
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
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="383" />
      <source>In Kazakh</source>
      <translation>На казахском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="382" />
      <source>In Russian</source>
      <translation>На русском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="147" />
      <source>In the minutes: «{words}»</source>
      <translation>В протоколе: «{words}»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="50" />
      <source>In {language}</source>
      <translation>На {language} языке</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="393" />
      <source>Instruction &amp;text:</source>
      <translation>&amp;Текст поручения:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="238" />
      <source>Instruction No. {number}</source>
      <translation>Поручение № {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/services/drafts.py" line="428" />
      <source>Instruction {number}</source>
      <translation>Поручение {number}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="265" />
      <source>Instruction: put this decision on control</source>
      <translation>Поручение: взять это решение на контроль</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="259" />
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
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="422" />
      <source>Issued: the executors, controller and due date are fixed here. Extend the deadline or cancel the instruction in the tracker.</source>
      <translation>Поручение дано: исполнители, контролирующее лицо и срок здесь не изменяются. Продлить срок или отменить поручение можно на странице «Поручения».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="334" />
      <source>Item {n} has instructions on control, so it cannot be deleted. Cancel the instructions in the tracker first, or keep the item.</source>
      <translation>По вопросу № {n} есть поручения на контроле, поэтому удалить его нельзя. Сначала отмените эти поручения на странице «Поручения» или оставьте вопрос.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="293" />
      <source>K&amp;ind of session:</source>
      <translation>&amp;Вид заседания:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="154" />
      <source>Kazakh</source>
      <translation>Казахский</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="112" />
      <source>Main executor</source>
      <translation>Основной исполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="376" />
      <source>Making the extracts…</source>
      <translation>Формирование выписок…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="333" />
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
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="452" />
      <source>Minutes (KZ)</source>
      <translation>Протокол (KZ)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="451" />
      <source>Minutes (RU)</source>
      <translation>Протокол (RU)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="485" />
      <source>Minutes in Kazakh</source>
      <translation>Протокол на казахском языке</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="461" />
      <source>Minutes in Kazakh…</source>
      <translation>Протокол на казахском языке…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="482" />
      <source>Minutes in Russian</source>
      <translation>Протокол на русском языке</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="460" />
      <source>Minutes in Russian…</source>
      <translation>Протокол на русском языке…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="296" />
      <source>N&amp;otes:</source>
      <translation>Пр&amp;имечания:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="279" />
      <source>Name (directory or any)</source>
      <translation>ФИО (из справочника или любое)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="403" />
      <source>Name each member's vote (saved items only; stored at once)</source>
      <translation>Указать голос каждого члена (только для сохранённых пунктов; сохраняется сразу)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="426" />
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
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="312" />
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
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="60" />
      <source>On what, in Kazakh</source>
      <translation>О чём, на казахском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="329" />
      <source>Only a decision not saved yet can be removed</source>
      <translation>Удалить можно только ещё не сохранённое решение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="316" />
      <source>PDF documents (*.pdf)</source>
      <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="266" />
      <source>Pick the date in a calendar</source>
      <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="292" />
      <source>Place in Ka&amp;zakh:</source>
      <translation>Место на ка&amp;захском:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="57" />
      <source>Present</source>
      <translation>Присутствует</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="454" />
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="456" />
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
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="153" />
      <source>Russian</source>
      <translation>Русский</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="295" />
      <source>S&amp;ecretary:</source>
      <translation>&amp;Секретарь:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="384" />
      <source>S&amp;ummary:</source>
      <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="409" />
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="473" />
      <source>Save as Word…</source>
      <translation>Сохранить в Word…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="411" />
      <source>Save the changes (Ctrl+S)</source>
      <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="367" />
      <source>Save the changes to this session before closing?</source>
      <translation>Сохранить изменения в этом заседании перед закрытием?</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="319" />
      <source>Save the minutes as</source>
      <translation>Сохранить протокол как</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="429" />
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="428" />
      <source>Session No. {number} of {date}</source>
      <translation>Заседание № {number} от {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="58" />
      <source>Speaker</source>
      <translation>Выступающий</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="272" />
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
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="488" />
      <source>Stop</source>
      <translation>Остановить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="61" />
      <source>Substitute</source>
      <translation>Замещающее лицо</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="418" />
      <source>The agenda is empty. Add its first item with "Add item".</source>
      <translation>Повестка дня пуста. Добавьте первый вопрос кнопкой «Добавить вопрос».</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="395" />
      <source>The decision's text, unless changed</source>
      <translation>Текст решения, если не изменён</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="466" />
      <source>The minutes in Kazakh, as a PDF file</source>
      <translation>Протокол на казахском языке в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="463" />
      <source>The minutes in Russian, as a PDF file</source>
      <translation>Протокол на русском языке в формате PDF</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_votes.py" line="96" />
      <source>The minutes name each member under the vote; members left at «—» are not named.</source>
      <translation>В протоколе под итогами голосования указывается каждый член; члены с отметкой «—» не называются.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/sessions/session_status.py" line="32" />
      <source>The minutes were approved. Reopening records the reason and raises the revision printed on the minutes.</source>
      <translation>Протокол утверждён. При повторном открытии фиксируется причина, а номер редакции, указываемый в протоколе, увеличивается.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="334" />
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
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="256" />
      <source>Translations missing: {list}</source>
      <translation>Нет перевода: {list}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="402" />
      <source>Type a name, then Add</source>
      <translation>ФИО, затем «Добавить»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="405" />
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
      <location filename="../../anticorr_desktop/ui/editor/session_translations.py" line="81" />
      <source>Type the translation of each text; those left empty print in the other language, marked.</source>
      <translation>Введите перевод каждого текста; незаполненные будут напечатаны на другом языке с пометкой.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="238" />
      <source>Unsaved changes</source>
      <translation>Несохранённые изменения</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="379" />
      <source>Up</source>
      <translation>Вверх</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_votes.py" line="68" />
      <source>Voted</source>
      <translation>Голос</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="395" />
      <source>What was reported and discussed, in a few sentences</source>
      <translation>Что было доложено и обсуждено — в нескольких предложениях</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_votes.py" line="91" />
      <source>Who voted on the agenda</source>
      <translation>Голосование по повестке: кто как голосовал</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_votes.py" line="93" />
      <source>Who voted on this item</source>
      <translation>Голосование по пункту: кто как голосовал</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="401" />
      <source>Who voted…</source>
      <translation>Кто как голосовал…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="417" />
      <source>Who watches the execution; the commission's controller if empty</source>
      <translation>Кто контролирует исполнение; если не указано — контролирующее лицо комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_documents.py" line="314" />
      <source>Word documents (*.docx)</source>
      <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="412" />
      <source>abstained</source>
      <translation>воздержались</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="411" />
      <source>against</source>
      <translation>против</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="163" />
      <source>days: {n}</source>
      <translation>дней: {n}</translation>
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
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="304" />
      <source>e.g. г. Алматы, пл. Республики, 4</source>
      <translation>например, г. Алматы, пл. Республики, 4</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="410" />
      <source>for</source>
      <translation>за</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="389" />
      <source>for the minutes in Kazakh</source>
      <translation>для протокола на казахском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_header.py" line="307" />
      <source>for the minutes in Kazakh; the Russian place if empty</source>
      <translation>для протокола на казахском; если не заполнено — место на русском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_decisions.py" line="339" />
      <source>for the minutes in Kazakh; the Russian text if empty</source>
      <translation>для протокола на казахском; если не заполнено — текст на русском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/context.py" line="177" />
      <source>group</source>
      <translation>группа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="165" />
      <source>months: {n}</source>
      <translation>месяцев: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="282" />
      <source>on what (optional)</source>
      <translation>тема выступления (необязательно)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_speakers.py" line="285" />
      <source>on what, in Kazakh</source>
      <translation>о чём, на казахском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/kit/context.py" line="178" />
      <source>organisation</source>
      <translation>организация</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="392" />
      <source>the same, in Kazakh</source>
      <translation>то же на казахском</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="164" />
      <source>weeks: {n}</source>
      <translation>недель: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="249" />
      <source>without Kazakh: {n}</source>
      <translation>без казахского: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_editor.py" line="253" />
      <source>without Russian: {n}</source>
      <translation>без русского: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="169" />
      <source>working days: {n}</source>
      <translation>рабочих дней: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="166" />
      <source>years: {n}</source>
      <translation>лет: {n}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_attendance.py" line="299" />
      <source>{name} is a member of the commission: tick them in the list above instead.</source>
      <translation>{name} — член комиссии: вместо приглашения отметьте присутствие в списке выше.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_instruction.py" line="326" />
      <source>«{name}» is not in the directory. Choose from the list as you type, or add it to the directory.</source>
      <translation>«{name}» нет в справочнике. Выберите из списка при вводе или добавьте в справочник.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_agenda.py" line="386" />
      <source>О ... (as in the agenda)</source>
      <translation>О ... (как в повестке дня)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="270" />
      <source>до 25 декабря / в месячный срок</source>
      <translation>до 25 декабря / в месячный срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="273" />
      <source>до 25 декабря / в месячный срок / ежеквартально до 5 числа</source>
      <translation>до 25 декабря / в месячный срок / ежеквартально до 5 числа</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="151" />
      <source>→ by the next session: open until it is scheduled</source>
      <translation>→ к следующему заседанию: открыто, пока оно не назначено</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="201" />
      <source>→ control dates: {dates}</source>
      <translation>→ контрольные сроки: {dates}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="240" />
      <source>→ next control date: {date} ({weekday})</source>
      <translation>→ ближайший контрольный срок: {date} ({weekday})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="157" />
      <source>→ no deadline</source>
      <translation>→ без срока</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="188" />
      <source>→ ongoing: on control until the commission takes it off</source>
      <translation>→ постоянно: на контроле до снятия с контроля комиссией</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="154" />
      <source>→ tied to an event: kept as written, open with no date</source>
      <translation>→ привязано к событию: хранится как записано, открыто без даты</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="174" />
      <source>→ tied to an event: open until its date is recorded (Event occurred…), then due after it ({term})</source>
      <translation>→ по событию: открыто, пока не отмечена дата события («Событие наступило…»), затем срок — после него ({term})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="231" />
      <source>→ {date} ({weekday})</source>
      <translation>→ {date} ({weekday})</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="227" />
      <source>→ {date} ({weekday}; {written} is a day off)</source>
      <translation>→ {date} ({weekday}; {written} — выходной день)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/editor/session_due.py" line="218" />
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
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="231" />
      <source>A session has a quorum when at least {n}/{d} of the voting members are present.</source>
      <translation>Заседание правомочно (кворум имеется), если присутствует не менее {n}/{d} членов комиссии с правом голоса.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="226" />
      <source>A session has a quorum when more than {n}/{d} of the voting members are present.</source>
      <translation>Заседание правомочно (кворум имеется), если присутствует более {n}/{d} членов комиссии с правом голоса.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_calendar.py" line="267" />
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="243" />
      <source>Add signatory</source>
      <translation>Добавить подписанта</translation>
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
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="225" />
      <source>Body:</source>
      <translation>Орган:</translation>
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
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="251" />
      <source>Chair:</source>
      <translation>Председатель:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="250" />
      <source>City (Kazakh):</source>
      <translation>Город (на казахском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="249" />
      <source>City (Russian):</source>
      <translation>Город (на русском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="245" />
      <source>Commission:</source>
      <translation>Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="467" />
      <source>Commissions</source>
      <translation>Комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="254" />
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
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="232" />
      <source>Decisions begin with:</source>
      <translation>Решения начинаются с:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="235" />
      <source>Decisions numbered:</source>
      <translation>Нумерация решений:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="470" />
      <source>Documents</source>
      <translation>Документы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="219" />
      <source>How the minutes are written</source>
      <translation>Как оформляется протокол</translation>
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
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="234" />
      <source>Lead-in (Kazakh):</source>
      <translation>Вводное слово (каз.):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="233" />
      <source>Lead-in (Russian):</source>
      <translation>Вводное слово (рус.):</translation>
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
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="248" />
      <source>Name (Kazakh):</source>
      <translation>Наименование (на казахском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="247" />
      <source>Name (Russian):</source>
      <translation>Наименование (на русском):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="258" />
      <source>Named in the minutes: "Control of execution is assigned to …"</source>
      <translation>Указывается в протоколе: «Контроль за исполнением настоящего протокола возложить на …»</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="246" />
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
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="229" />
      <source>Number printed:</source>
      <translation>Печатать номер:</translation>
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
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="241" />
      <source>Person</source>
      <translation>Лицо</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="256" />
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
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="244" />
      <source>Remove</source>
      <translation>Удалить</translation>
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
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="241" />
      <source>Role (Kazakh)</source>
      <translation>Роль (каз.)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="241" />
      <source>Role (Russian)</source>
      <translation>Роль (рус.)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="267" />
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="219" />
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="252" />
      <source>Secretary:</source>
      <translation>Секретарь:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="465" />
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="231" />
      <source>Signatories:</source>
      <translation>Подписанты:</translation>
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
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="245" />
      <source>The minutes name who voted how</source>
      <translation>В протоколе указывается, кто как голосовал</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="86" />
      <source>The reminder appears when the program starts and every morning at 08:00 while it runs. It names the instructions due within this many working days, and those that became overdue since the last reminder (each only once).</source>
      <translation>Напоминание появляется при запуске программы и каждое утро в 08:00, пока программа работает. В нём указываются поручения, срок которых истекает в течение заданного числа рабочих дней, и поручения, просроченные после предыдущего напоминания (каждое — только один раз).</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="246" />
      <source>Three words separated by "/": for / against / abstained</source>
      <translation>Три слова через «/»: за / против / воздержались</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="228" />
      <source>Title (Kazakh):</source>
      <translation>Заголовок (каз.):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="227" />
      <source>Title (Russian):</source>
      <translation>Заголовок (рус.):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="226" />
      <source>Title:</source>
      <translation>Заголовок:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="215" />
      <source>Top margin:</source>
      <translation>Верхнее поле:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="237" />
      <source>Vote words (Kazakh):</source>
      <translation>Слова голосования (каз.):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="236" />
      <source>Vote words (Russian):</source>
      <translation>Слова голосования (рус.):</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="230" />
      <source>Who signs:</source>
      <translation>Кто подписывает:</translation>
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
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="264" />
      <source>e.g. Алматы қаласы</source>
      <translation>например, Алматы қаласы</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_dialog.py" line="402" />
      <source>e.g. Ахметова А. Б., secretary</source>
      <translation>например: Ахметова А. Б., секретарь</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="239" />
      <source>e.g. Байқау кеңесі отырысының
ХАТТАМАСЫ</source>
      <translation>например: Байқау кеңесі отырысының
ХАТТАМАСЫ</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_frame.py" line="238" />
      <source>e.g. ПРОТОКОЛ
заседания Наблюдательного совета</source>
      <translation>например: ПРОТОКОЛ
заседания Наблюдательного совета</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="262" />
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
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="266" />
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
      <location filename="../../anticorr_desktop/ui/settings/settings_commission.py" line="182" />
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
      <location filename="../../anticorr_desktop/ui/startup.py" line="175" />
      <source>Start the program again to work with the restored database.</source>
      <translation>Запустите программу снова, чтобы работать с восстановленной базой данных.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/startup.py" line="186" />
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
      <location filename="../../anticorr_desktop/ui/startup.py" line="185" />
      <source>The record does not verify</source>
      <translation>Журнал изменений не прошёл проверку</translation>
    </message>
  </context>
  <context>
    <name>Tracker</name>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="350" />
      <source>&amp;Commission:</source>
      <translation>&amp;Комиссия:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="323" />
      <source>&amp;Executor:</source>
      <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="609" />
      <source>&amp;Open</source>
      <translation>&amp;Открыть</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="327" />
      <source>&amp;Overdue only</source>
      <translation>&amp;Только просроченные</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="322" />
      <source>&amp;Status:</source>
      <translation>Ст&amp;атус:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="262" />
      <source>All</source>
      <translation>Все</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="306" />
      <source>All commissions</source>
      <translation>Все комиссии</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="294" />
      <source>All sessions</source>
      <translation>Все заседания</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="276" />
      <source>Anyone</source>
      <translation>Любой</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="345" />
      <source>CSV for Excel…</source>
      <translation>CSV для Excel…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="346" />
      <source>Calendar (ICS)…</source>
      <translation>Календарь (ICS)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="88" />
      <source>Days overdue</source>
      <translation>Дней просрочки</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="267" />
      <source>Done late this year</source>
      <translation>Исполненные с нарушением срока в этом году</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="87" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="351" />
      <source>Due &amp;between</source>
      <translation>Ср&amp;ок в период</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="329" />
      <source>Due within {n} &amp;working days</source>
      <translation>Срок в течение {n} &amp;рабочих дней</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="425" />
      <source>Due within {n} working days</source>
      <translation>Срок в течение {n} рабочих дней</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="344" />
      <source>Excel workbook (XLSX)…</source>
      <translation>Книга Excel (XLSX)…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="339" />
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="325" />
      <source>Fi&amp;nd:</source>
      <translation>&amp;Поиск:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="85" />
      <source>Instruction</source>
      <translation>Поручение</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="347" />
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
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="263" />
      <source>Open (not closed)</source>
      <translation>Незакрытые</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="295" />
      <source>Outside sessions</source>
      <translation>Вне заседаний</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="423" />
      <source>Overdue by {n} days</source>
      <translation>Просрочено на {n} дн.</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="217" />
      <source>Searching…</source>
      <translation>Идёт поиск…</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="324" />
      <source>Sess&amp;ion:</source>
      <translation>&amp;Заседание:</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="338" />
      <source>Show all</source>
      <translation>Показать все</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker.py" line="89" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="341" />
      <source>This list, with its filters, as a file</source>
      <translation>Этот список, с его фильтрами, в файл</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="334" />
      <source>Words from the instruction, decision or report (Ctrl+F)</source>
      <translation>Слова из поручения, решения или отчёта (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="326" />
      <source>also as co-executor</source>
      <translation>в том числе как соисполнитель</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="296" />
      <source>{label} of {date}</source>
      <translation>{label} от {date}</translation>
    </message>
    <message>
      <location filename="../../anticorr_desktop/ui/tracker/tracker_filters.py" line="220" />
      <source>{n} shown</source>
      <translation>Показано: {n}</translation>
    </message>
  </context>
</TS>
