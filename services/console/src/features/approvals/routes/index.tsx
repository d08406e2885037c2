import { Route, Routes } from 'react-router';
import { lazyPage } from '../../../components/lazy-page';
import { QueuePage } from './queue-page';

const BoardPage = lazyPage(async () => (await import('./board-page')).BoardPage);
const CalendarPage = lazyPage(async () => (await import('./calendar-page')).CalendarPage);
const ItemPage = lazyPage(async () => (await import('./item-page')).ItemPage);

/** The agent's workspace (代办员): the queue comes with the chunk, each other page with its own. */
export function ApprovalsRoutes() {
  return (
    <Routes>
      <Route index element={<QueuePage />} />
      <Route path="board" element={<BoardPage />} />
      <Route path="calendar" element={<CalendarPage />} />
      <Route path=":itemId" element={<ItemPage />} />
    </Routes>
  );
}
